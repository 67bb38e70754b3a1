-- The reception number (số tiếp nhận: the receipt's "Số thứ tự" in the tracking book) is taken when
-- the dossier is received, not when it is submitted: an online submission has its dossier code from
-- the moment it is sent, so that the citizen can follow it, but it enters the book only when a clerk
-- accepts it, and one refused never uses up a number (the complaint of OpenCPS issue #275). The
-- agency's day counter counts the receptions of the day beside the codes it gives.

ALTER TABLE DOSSIER_COUNTER ADD COLUMN LAST_RECEIVED INTEGER NOT NULL DEFAULT 0;

-- Until now the receipt showed the code's own number: a day already counted goes on from there.
UPDATE DOSSIER_COUNTER SET LAST_RECEIVED = LAST_NUMBER;

ALTER TABLE DOSSIER ADD COLUMN RECEPTION_NUMBER VARCHAR(20);
