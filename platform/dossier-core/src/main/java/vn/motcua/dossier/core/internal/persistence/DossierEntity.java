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
    @Column(name = "SUBMITTED_AT", nullable = false)
    private LocalDateTime submittedAt;
    @Column(name = "RECEIVED_AT")
    private LocalDateTime receivedAt;
    @Column(name = "COUNT_FROM")
    private LocalDateTime countFrom;
    @Column(name = "DUE_AT")
    private LocalDateTime dueAt;
    @Column(name = "FEE", nullable = false)
    private long fee;
    @Column(name = "FEE_LINES", length = 2000)
    private String feeLines;
    @Column(name = "RECEIVED_BY", nullable = false, length = 100)
    private String receivedBy;
    @Column(name = "RECEIVED_BY_NAME", length = 200)
    private String receivedByName;
    @Column(name = "PROCESS_JSON", nullable = false, length = 4000)
    private String processJson;
    @Column(name = "SUPPLEMENT_LIMIT", nullable = false)
    private int supplementLimit;
    @Column(name = "STEP_INDEX", nullable = false)
    private int stepIndex;
    @Column(name = "STEP_STARTED_AT")
    private LocalDateTime stepStartedAt;
    @Column(name = "STEP_DUE_AT")
    private LocalDateTime stepDueAt;
    @Column(name = "ASSIGNEE", length = 100)
    private String assignee;
    @Column(name = "HANDED_OVER_AT")
    private LocalDateTime handedOverAt;
    @Column(name = "BUDGET_SECONDS", nullable = false)
    private long budgetSeconds;
    @Column(name = "CONSUMED_SECONDS", nullable = false)
    private long consumedSeconds;
    @Column(name = "RUNNING_SINCE")
    private LocalDateTime runningSince;
    @Enumerated(EnumType.STRING)
    @Column(name = "RESUME_STATUS", length = 30)
    private DossierStatus resumeStatus;
    @Column(name = "APPOINTMENT_AT")
    private LocalDateTime appointmentAt;
    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;
    @Column(name = "RETURNED_AT")
    private LocalDateTime returnedAt;
    @Column(name = "COLLECTED_BY", length = 200)
    private String collectedBy;
    @Column(name = "RESULT_TEXT", length = 2000)
    private String resultText;
    @Column(name = "TRANSFER_AGENCY", length = 30)
    private String transferAgency;
    @Column(name = "TRANSFER_DUE_AT")
    private LocalDateTime transferDueAt;
    @Column(name = "RESULT_SPEC", length = 1000)
    private String resultSpec;
    @Column(name = "REGISTER_BOOK", length = 60)
    private String registerBook;
    @Column(name = "REGISTER_NUMBER")
    private Integer registerNumber;
    @Column(name = "REGISTER_ENTRY", length = 200)
    private String registerEntry;
    /** The role the current step waits for (RECEPTION_CLERK, SPECIALIST, LEADER): the step's, kept beside it. */
    @Column(name = "STEP_ROLE", length = 20)
    private String stepRole;
    /** The reception number (số tiếp nhận), "yyMMdd-NNNN": taken at reception, null before. */
    @Column(name = "RECEPTION_NUMBER", length = 20)
    private String receptionNumber;
    /** Supplement requests made so far, per processing agency: "code=n;code=n". */
    @Column(name = "SUPPLEMENTS", length = 500)
    private String supplements;
    @Column(name = "AUDIT_COUNT", nullable = false)
    private int auditCount;
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

    public void setCode(String code) {
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

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public String getProcessJson() {
        return processJson;
    }

    public void setProcessJson(String processJson) {
        this.processJson = processJson;
    }

    public int getSupplementLimit() {
        return supplementLimit;
    }

    public void setSupplementLimit(int supplementLimit) {
        this.supplementLimit = supplementLimit;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public void setStepIndex(int stepIndex) {
        this.stepIndex = stepIndex;
    }

    public LocalDateTime getStepStartedAt() {
        return stepStartedAt;
    }

    public void setStepStartedAt(LocalDateTime stepStartedAt) {
        this.stepStartedAt = stepStartedAt;
    }

    public LocalDateTime getStepDueAt() {
        return stepDueAt;
    }

    public void setStepDueAt(LocalDateTime stepDueAt) {
        this.stepDueAt = stepDueAt;
    }

    public LocalDateTime getHandedOverAt() {
        return handedOverAt;
    }

    public void setHandedOverAt(LocalDateTime handedOverAt) {
        this.handedOverAt = handedOverAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public long getBudgetSeconds() {
        return budgetSeconds;
    }

    public void setBudgetSeconds(long budgetSeconds) {
        this.budgetSeconds = budgetSeconds;
    }

    public long getConsumedSeconds() {
        return consumedSeconds;
    }

    public void setConsumedSeconds(long consumedSeconds) {
        this.consumedSeconds = consumedSeconds;
    }

    public LocalDateTime getRunningSince() {
        return runningSince;
    }

    public void setRunningSince(LocalDateTime runningSince) {
        this.runningSince = runningSince;
    }

    public DossierStatus getResumeStatus() {
        return resumeStatus;
    }

    public void setResumeStatus(DossierStatus resumeStatus) {
        this.resumeStatus = resumeStatus;
    }

    public LocalDateTime getAppointmentAt() {
        return appointmentAt;
    }

    public void setAppointmentAt(LocalDateTime appointmentAt) {
        this.appointmentAt = appointmentAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(LocalDateTime finishedAt) {
        this.finishedAt = finishedAt;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public void setReturnedAt(LocalDateTime returnedAt) {
        this.returnedAt = returnedAt;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public void setCollectedBy(String collectedBy) {
        this.collectedBy = collectedBy;
    }

    public String getResultText() {
        return resultText;
    }

    public void setResultText(String resultText) {
        this.resultText = resultText;
    }

    public String getTransferAgency() {
        return transferAgency;
    }

    public void setTransferAgency(String transferAgency) {
        this.transferAgency = transferAgency;
    }

    public LocalDateTime getTransferDueAt() {
        return transferDueAt;
    }

    public void setTransferDueAt(LocalDateTime transferDueAt) {
        this.transferDueAt = transferDueAt;
    }

    public String getResultSpec() {
        return resultSpec;
    }

    public void setResultSpec(String resultSpec) {
        this.resultSpec = resultSpec;
    }

    public String getRegisterBook() {
        return registerBook;
    }

    public Integer getRegisterNumber() {
        return registerNumber;
    }

    public String getRegisterEntry() {
        return registerEntry;
    }

    /** The result's entry in its register: book code, number, and how it is printed. */
    public void setRegister(String book, int number, String entry) {
        this.registerBook = book;
        this.registerNumber = number;
        this.registerEntry = entry;
    }

    public String getSupplements() {
        return supplements;
    }

    public void setSupplements(String supplements) {
        this.supplements = supplements;
    }

    public int getAuditCount() {
        return auditCount;
    }

    public void setAuditCount(int auditCount) {
        this.auditCount = auditCount;
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

    /** The version a dossier is first stored with (what the provider would give it), for a plain insert. */
    // one column each, for the plain-JDBC read (DossierRows); the service sets all three with setRegister
    void setRegisterBook(String registerBook) {
        this.registerBook = registerBook;
    }

    void setRegisterNumber(Integer registerNumber) {
        this.registerNumber = registerNumber;
    }

    void setRegisterEntry(String registerEntry) {
        this.registerEntry = registerEntry;
    }

    public String getStepRole() {
        return stepRole;
    }

    public void setStepRole(String stepRole) {
        this.stepRole = stepRole;
    }

    public String getReceptionNumber() {
        return receptionNumber;
    }

    public void setReceptionNumber(String receptionNumber) {
        this.receptionNumber = receptionNumber;
    }

    void setFirstVersion() {
        version = 1;
    }

    /** The version after a plain update (see {@link DossierRows#update}). */
    void setVersion(long version) {
        this.version = version;
    }

    public long getVersion() {
        return version;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
