package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A procedure a province administrator defined as data, as JSON. */
@Entity
@Table(name = "PROCEDURE_DATA")
public class ProcedureDataEntity {

    @Id
    @Column(name = "CODE", length = 20)
    private String code;
    @Column(name = "DEFINITION", nullable = false, length = 32000)
    private String definition;
    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ProcedureDataEntity() {
    }

    public ProcedureDataEntity(String code, String definition, LocalDateTime updatedAt, String updatedBy) {
        this.code = code;
        this.definition = definition;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getCode() {
        return code;
    }

    public String getDefinition() {
        return definition;
    }

    public void update(String definition, LocalDateTime at, String by) {
        this.definition = definition;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
