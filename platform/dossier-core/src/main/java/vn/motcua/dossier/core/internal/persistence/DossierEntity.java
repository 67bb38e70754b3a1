package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * A dossier as stored. The procedure's name, field and time limit are copied in, so the dossier
 * does not depend on its field bundle being installed.
 */
@Entity
@Table(name = "DOSSIER")
public class DossierEntity {

    @Id
    @Column(name = "CODE", length = 40)
    private String code;
    @Column(name = "PROCEDURE_CODE", nullable = false, length = 20)
    private String procedureCode;
    @Column(name = "PROCEDURE_NAME", nullable = false, length = 500)
    private String procedureName;
    @Column(name = "FIELD_CODE", nullable = false, length = 40)
    private String fieldCode;
    @Column(name = "FIELD_NAME", nullable = false, length = 200)
    private String fieldName;
    @Column(name = "AGENCY_CODE", nullable = false, length = 30)
    private String agencyCode;
    @Column(name = "AGENCY_NAME", nullable = false, length = 200)
    private String agencyName;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 10)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private DossierStatus status;
    @Column(name = "APPLICANT_NAME", nullable = false, length = 200)
    private String applicantName;
    @Column(name = "APPLICANT_ID_NUMBER", nullable = false, length = 12)
    private String applicantIdNumber;
    @Column(name = "APPLICANT_PHONE", length = 20)
    private String applicantPhone;
    @Column(name = "APPLICANT_ADDRESS", length = 500)
    private String applicantAddress;
    @Column(name = "APPLICANT_EMAIL", length = 200)
    private String applicantEmail;
    @Column(name = "FORM_JSON", length = 16000)
    private String formJson;
    @Column(name = "TIME_LIMIT_AMOUNT", nullable = false)
    private int timeLimitAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "TIME_LIMIT_UNIT", nullable = false, length = 20)
    private TimeLimitUnit timeLimitUnit;
    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;
    @Column(name = "COUNT_FROM", nullable = false)
    private LocalDateTime countFrom;
    @Column(name = "DUE_AT", nullable = false)
    private LocalDateTime dueAt;
    @Column(name = "FEE", nullable = false)
    private long fee;
    @Column(name = "FEE_LINES", length = 2000)
    private String feeLines;
    @Column(name = "RECEIVED_BY", nullable = false, length = 100)
    private String receivedBy;
    @Column(name = "RECEIVED_BY_NAME", length = 200)
    private String receivedByName;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "DOSSIER_DOCUMENT", joinColumns = @JoinColumn(name = "DOSSIER_CODE"))
    @OrderColumn(name = "DOC_INDEX")
    private List<DocumentRow> documents = new ArrayList<>();

    public DossierEntity() {
    }

    // Plain accessors: the service layer maps to and from the API records.

    public String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public void setProcedureName(String procedureName) {
        this.procedureName = procedureName;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public String getFieldName() {
        return fieldName;
    }

    public void setFieldName(String fieldName) {
        this.fieldName = fieldName;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public void setStatus(DossierStatus status) {
        this.status = status;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public void setApplicantIdNumber(String applicantIdNumber) {
        this.applicantIdNumber = applicantIdNumber;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public void setApplicantAddress(String applicantAddress) {
        this.applicantAddress = applicantAddress;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getFormJson() {
        return formJson;
    }

    public void setFormJson(String formJson) {
        this.formJson = formJson;
    }

    public int getTimeLimitAmount() {
        return timeLimitAmount;
    }

    public void setTimeLimitAmount(int timeLimitAmount) {
        this.timeLimitAmount = timeLimitAmount;
    }

    public TimeLimitUnit getTimeLimitUnit() {
        return timeLimitUnit;
    }

    public void setTimeLimitUnit(TimeLimitUnit timeLimitUnit) {
        this.timeLimitUnit = timeLimitUnit;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public LocalDateTime getCountFrom() {
        return countFrom;
    }

    public void setCountFrom(LocalDateTime countFrom) {
        this.countFrom = countFrom;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public long getFee() {
        return fee;
    }

    public void setFee(long fee) {
        this.fee = fee;
    }

    public String getFeeLines() {
        return feeLines;
    }

    public void setFeeLines(String feeLines) {
        this.feeLines = feeLines;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public String getReceivedByName() {
        return receivedByName;
    }

    public void setReceivedByName(String receivedByName) {
        this.receivedByName = receivedByName;
    }

    public long getVersion() {
        return version;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
