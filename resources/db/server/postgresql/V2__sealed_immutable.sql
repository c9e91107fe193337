-- A sealed record never changes on the server either.
CREATE FUNCTION entities_sealed_guard() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'sealed records never change';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER entities_sealed_no_change BEFORE UPDATE OR DELETE ON entities
    FOR EACH ROW WHEN (OLD.sealed = 1) EXECUTE FUNCTION entities_sealed_guard();
