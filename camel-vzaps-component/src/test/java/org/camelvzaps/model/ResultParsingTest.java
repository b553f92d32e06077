package org.camelvzaps.model;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.InstanceAction;
import org.camelvzaps.model.instance.InstanceList;
import org.camelvzaps.model.session.LinkingCode;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.camelvzaps.model.Wire.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each answer reads into its model from the canonical shape (notes/response-shapes.md, which the sandbox sends)
 * and from every other documented spelling; unknown fields are ignored.
 */
class ResultParsingTest {

    private static final String INSTANCE_JSON = Fixtures.read("response-instances-create.json");

    static Instance instance() throws Exception {
        return Json.mapper().readValue(INSTANCE_JSON, Instance.class);
    }

    static Stream<Arguments> instanceAndSession() throws Exception {
        InstanceList page = new InstanceList(1, 20, 1, 1, List.of(instance()), json("{'connected':0,'trialing':1}"));
        return Stream.of(
                arguments("list, total_pages", InstanceList.class,
                        "{'page':1,'size':20,'total':1,'total_pages':1,'content':[" + INSTANCE_JSON + "],"
                        + "'summary':{'connected':0,'trialing':1}}", page),
                arguments("list, totalPages", InstanceList.class,
                        "{'page':1,'size':20,'total':1,'totalPages':1,'content':[" + INSTANCE_JSON + "],"
                        + "'summary':{'connected':0,'trialing':1},'extra':true}", page),
                arguments("empty list", InstanceList.class, "{'page':1,'size':20,'total':0,'total_pages':0}",
                        new InstanceList(1, 20, 0, 0, List.of(), null)),
                arguments("restart", InstanceAction.class,
                        "{'instance_id':'VZ9K2M4N8P1Q3R5S7T0WABCD01EF','status':'restarting','details':'worker restarted'}",
                        new InstanceAction("VZ9K2M4N8P1Q3R5S7T0WABCD01EF", "restarting", "worker restarted")),
                arguments("disconnect, fixture", InstanceAction.class, Fixtures.read("response-instance-action.shape.json"),
                        new InstanceAction("VZ9K2M4N8P1Q3R5S7T0WABCD01EF", "ok", "")),
                arguments("pair code, API reference", LinkingCode.class, "{'LinkingCode':'9H3J-H3J8'}", new LinkingCode("9H3J-H3J8")),
                arguments("pair code, SDK pages", LinkingCode.class, "{'linking_code':'9H3J-H3J8'}", new LinkingCode("9H3J-H3J8")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instanceAndSession")
    void instanceAndSessionAnswers(String name, Class<?> type, String json, Object expected) throws Exception {
        assertParses(type, json, expected);
    }

    static void assertParses(Class<?> type, String json, Object expected) throws Exception {
        JsonNode tree = json(json);
        assertEquals(expected, Json.mapper().treeToValue(tree, type));
    }
}
