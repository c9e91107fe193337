-- A sealed record never changes on the server either.
CREATE TRIGGER entities_sealed_no_update BEFORE UPDATE ON entities WHEN OLD.sealed = 1
BEGIN
    SELECT RAISE(ABORT, 'sealed records never change');
END;

CREATE TRIGGER entities_sealed_no_delete BEFORE DELETE ON entities WHEN OLD.sealed = 1
BEGIN
    SELECT RAISE(ABORT, 'sealed records never change');
END;
