-- issue 22, case 8: a caller may have no e-mail address; a phone number reaches them instead, and the desk's
-- letters become calls (a staff alert with the letter's words) for such a complaint.
ALTER TABLE complaint ADD COLUMN customer_phone VARCHAR(40);
ALTER TABLE complaint ALTER COLUMN customer_email DROP NOT NULL;

-- the reference a phone agent reads back to the caller: shown in the start form before Start (reserved for that
-- agent), and the complaint's id once they press Start; a second Start of the same form is refused
CREATE TABLE complaint_reference (
    reference     VARCHAR(40)  PRIMARY KEY,
    reserved_by   VARCHAR(64)  NOT NULL,
    reserved_at   TIMESTAMP    NOT NULL
);
