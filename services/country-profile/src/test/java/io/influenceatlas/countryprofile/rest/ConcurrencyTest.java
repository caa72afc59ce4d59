package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.influenceatlas.countryprofile.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Concurrent writers holding the same ETag: exactly one wins, the others get 412, never a 500. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void onlyOneOfManyConcurrentEditsWithTheSameETagSucceeds() throws Exception {
        String etag = json().get("/countries/POL/profile").then().statusCode(200).extract().header("ETag");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String notes = "edit " + i;
                edits.add(() -> json().header("If-Match", etag).header("X-Atlas-User", "writer")
                        .body("{\"notes\":\"" + notes + "\"}").put("/countries/POL/profile").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(edits)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        json().get("/countries/POL/profile/history").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }
}
