-- Orleans ADO.NET grain storage.
--
-- One row per (service, grain type, grain id). The provider passes the grain id split into two
-- 64-bit halves plus an optional string part, and 32-bit hashes of the id and the type for a
-- narrow index. The string part is stored as '' when absent so the whole key can be unique.
--
-- Optimistic concurrency: every row carries a version. A write naming version n succeeds only
-- while the row is still at n and yields n + 1; a write naming no version succeeds only when no
-- row exists and yields 1. A write that loses returns no row, which the provider turns into an
-- InconsistentStateException.
--
-- payload holds the serialized state (UTF-8 JSON, see SystemTextJsonGrainStorageSerializer);
-- NULL after a clear.

CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    grain_id_hash      integer      NOT NULL,
    grain_type_hash    integer      NOT NULL,
    service_id         varchar(150) NOT NULL,
    grain_id_n0        bigint       NOT NULL,
    grain_id_n1        bigint       NOT NULL,
    grain_type         text         NOT NULL,
    grain_id_extension text         NOT NULL DEFAULT '',
    payload            bytea        NULL,
    version            integer      NOT NULL,
    modified_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT orleans_grain_state_pk PRIMARY KEY
        (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'ReadFromStorageKey',
    $q$
    SELECT payload AS PayloadBinary, version AS Version
    FROM orleans_grain_state
    WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = COALESCE(@GrainIdExtensionString, '');
    $q$
),
(
    'WriteToStorageKey',
    -- Exactly one of the two branches can produce a row: the update when a version is given and
    -- still current, the insert when no version is given and no row exists yet.
    $q$
    WITH updated AS (
        UPDATE orleans_grain_state
        SET payload = @PayloadBinary, version = version + 1, modified_at = now()
        WHERE @GrainStateVersion IS NOT NULL
          AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
          AND service_id = @ServiceId
          AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
          AND grain_type = @GrainTypeString
          AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
          AND version = @GrainStateVersion
        RETURNING version
    ), inserted AS (
        INSERT INTO orleans_grain_state
            (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type,
             grain_id_extension, payload, version)
        SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString,
               COALESCE(@GrainIdExtensionString, ''), @PayloadBinary, 1
        WHERE @GrainStateVersion IS NULL
        ON CONFLICT ON CONSTRAINT orleans_grain_state_pk DO NOTHING
        RETURNING version
    )
    SELECT version AS NewGrainStateVersion FROM updated
    UNION ALL
    SELECT version FROM inserted;
    $q$
),
(
    'ClearStorageKey',
    -- Keeps the row (and its version history) but drops the payload.
    $q$
    UPDATE orleans_grain_state
    SET payload = NULL, version = version + 1, modified_at = now()
    WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion;
    $q$
),
(
    'DeleteStorageKey',
    -- Used when DeleteStateOnClear is set. The provider treats a returned value equal to the
    -- caller's version as a conflict, so success reports the version after the deleted one.
    $q$
    DELETE FROM orleans_grain_state
    WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version + 1 AS NewGrainStateVersion;
    $q$
)
ON CONFLICT (QueryKey) DO UPDATE
    SET QueryText = EXCLUDED.QueryText
    WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
