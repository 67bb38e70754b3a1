package vn.motcua.dossier.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The applicant's form values, stored as one JSON object. */
final class FormCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

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
