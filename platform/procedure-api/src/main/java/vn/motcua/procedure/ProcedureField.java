package vn.motcua.procedure;

import java.util.Objects;

/** A procedure field (lĩnh vực), e.g. {@code chung-thuc} "Chứng thực". */
public record ProcedureField(String code, String name) {
    public ProcedureField {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
