package vn.motcua.dossier.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The printable result of a dossier (trích lục, quyết định…), made once at approval and kept. */
@Entity
@Table(name = "DOSSIER_RESULT")
public class DossierResultEntity {

    @Id
    @Column(name = "DOSSIER_CODE", length = 40)
    private String dossierCode;
    @Column(name = "HTML", nullable = false, length = 32000)
    private String html;

    protected DossierResultEntity() {
    }

    public DossierResultEntity(String dossierCode, String html) {
        this.dossierCode = dossierCode;
        this.html = html;
    }

    public String getHtml() {
        return html;
    }
}
