package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A scanned file of a dossier's document, as recorded; the content is a file under data/. */
@Entity
@Table(name = "DOSSIER_FILE")
public class DossierFileEntity {

    @Id
    @TableGenerator(name = "fileIds", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DOSSIER_FILE", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "fileIds")
    @Column(name = "ID")
    private long id;
    @Column(name = "DOSSIER_CODE", nullable = false, length = 40)
    private String dossierCode;
    @Column(name = "DOC_CODE", nullable = false, length = 60)
    private String documentCode;
    @Column(name = "NAME", nullable = false, length = 200)
    private String name;
    @Column(name = "CONTENT_TYPE", nullable = false, length = 40)
    private String contentType;
    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;
    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;
    @Column(name = "STORED_PATH", nullable = false, length = 300)
    private String storedPath;
    @Column(name = "UPLOADED_AT", nullable = false)
    private LocalDateTime uploadedAt;
    @Column(name = "UPLOADED_BY", nullable = false, length = 100)
    private String uploadedBy;
    @Column(name = "UPLOADED_BY_NAME", length = 200)
    private String uploadedByName;

    protected DossierFileEntity() {
    }

    public DossierFileEntity(String dossierCode, String documentCode, String name, String contentType, long size,
                             String sha256, String storedPath, LocalDateTime uploadedAt, String uploadedBy,
                             String uploadedByName) {
        this.dossierCode = dossierCode;
        this.documentCode = documentCode;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storedPath = storedPath;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
    }

    public long getId() {
        return id;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public String getDocumentCode() {
        return documentCode;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoredPath() {
        return storedPath;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }
}
