package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.influenceatlas.projectregistry.Api.createProject;
import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.project;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ConcurrencyTest {

    @Test
    void onlyOneOfManyConcurrentEditsWithTheSameETagSucceeds() throws Exception {
        String tag = unique("race");
        long id = createProject(project("Race", tag, null));
        String etag = json().get("/projects/" + id).then().extract().header("ETag");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "Race " + i;
            Callable<Integer> edit = () -> {
                start.await();
                return json().header("If-Match", etag).body(project(title, tag, null)).put("/projects/" + id).statusCode();
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : results) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(writers - 1, codes.stream().filter(c -> c == 412).count(), codes.toString());
        json().get("/projects/" + id + "/history").then().body("total", org.hamcrest.Matchers.equalTo(2));
    }
}
