-- Append-only audit log. Entries form hash chains, one chain per school (and one per LA for
-- LA-level work), so that schools do not queue behind each other to append.
-- The application account may read and append, never change or remove: no UPDATE or DELETE.

CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    chain_key    VARCHAR(40)  NOT NULL,
    seq          BIGINT       NOT NULL,
    la_id        BIGINT       NULL,
    school_id    BIGINT       NULL,
    actor        VARCHAR(255) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    summary      TEXT         NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_audit_entry_chain_seq (chain_key, seq),
    KEY ix_audit_entry_school_entity (school_id, entity_type, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The head of each chain; locked while appending so that entries of one chain are strictly ordered.
CREATE TABLE audit_chain (
    chain_key    VARCHAR(40)  NOT NULL,
    la_id        BIGINT       NOT NULL,
    last_seq     BIGINT       NOT NULL,
    last_hash    CHAR(64)     NOT NULL,
    PRIMARY KEY (chain_key),
    KEY ix_audit_chain_la (la_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT ON audit_entry TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON audit_chain TO ${appAccount};
