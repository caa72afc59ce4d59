package io.influenceatlas.common.sample;

import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What every service's sample loader does alike: read the shipped files, fingerprint them, load once. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A file of {@code src/main/resources/sample/} of the module that holds {@code anchor}. */
    public static byte[] read(Class<?> anchor, String file) {
        try (InputStream in = anchor.getResourceAsStream("/sample/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the files in order: tells whether the shipped sample changed since it was loaded. */
    public static String checksum(Iterable<byte[]> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Holds a transaction-scoped PostgreSQL advisory lock named after the dataset: several replicas may
     * start at once, one loads and the others wait, then see it loaded.
     */
    public static void lock(EntityManager em, String dataset) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:dataset))").setParameter("dataset", dataset)
                .getSingleResult();
    }
}
