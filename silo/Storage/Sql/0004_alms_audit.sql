-- The audit trail: every command that changed an asset's master data, stage or costs, appended
-- before the command is acknowledged. Read per asset in insertion order, hence the index.

CREATE TABLE IF NOT EXISTS alms_audit_events
(
    id       bigserial   NOT NULL,
    asset_id text        NOT NULL,
    kind     text        NOT NULL,
    actor    text        NOT NULL,
    at       timestamptz NOT NULL,
    detail   jsonb       NOT NULL,
    CONSTRAINT alms_audit_events_pk PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS alms_audit_events_by_asset ON alms_audit_events (asset_id, id);
