package vn.motcua.dossier.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.ResultSpec;

/** The JSON texts the core stores: form values, action details, processes. */
public final class FormCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<ProcessStep>> STEP_LIST = new TypeReference<>() {
    };
    private static final Map<String, List<ProcessStep>> STEPS = new ConcurrentHashMap<>();

    private FormCodec() {
    }

    static String write(Map<String, String> form) {
        if (form == null || form.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a form", e);
        }
    }

    /** Action details of an audit entry: a JSON object of strings, numbers and lists. */
    public static String writeObject(Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode action details", e);
        }
    }

    /**
     * The document codes a supplement request's details ask for ({@code requestedDocuments}, each
     * with its code, name and reason, as Lifecycle writes them); empty for any other details.
     */
    public static java.util.Set<String> requestedCodes(Map<String, ?> details) {
        return requestedNames(details).keySet();
    }

    /** The same, each with the name the request gave it (null when it gave none). */
    public static Map<String, String> requestedNames(Map<String, ?> details) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        if (details.get("requestedDocuments") instanceof List<?> docs) {
            for (Object doc : docs) {
                if (doc instanceof Map<?, ?> m && m.get("code") != null) {
                    names.put(m.get("code").toString(), m.get("name") == null ? null : m.get("name").toString());
                }
            }
        }
        return names;
    }

    static Map<String, Object> readObject(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored action details are not valid JSON", e);
        }
    }

    static String writeSteps(List<ProcessStep> steps) {
        try {
            return JSON.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a process", e);
        }
    }

    /** Processes are few: each distinct JSON text is parsed once. */
    static List<ProcessStep> readSteps(String json) {
        return STEPS.computeIfAbsent(json, j -> {
            try {
                return List.copyOf(JSON.readValue(j, STEP_LIST));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored process is not valid JSON", e);
            }
        });
    }

    static String writeResult(ResultSpec spec) {
        if (spec == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a result", e);
        }
    }

    static ResultSpec readResult(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(json, ResultSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored result spec is not valid JSON", e);
        }
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored form is not valid JSON", e);
        }
    }
}
