-- A migration that fails: Flyway must print nothing, the user sees one sentence.
CREATE TABLE broken (;
