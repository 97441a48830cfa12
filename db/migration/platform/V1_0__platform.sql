-- Shared kernel: idempotency of write operations (design.md §4). The insert runs in the same
-- transaction as the write, so a rolled-back write leaves its request id free to be retried.
CREATE SCHEMA platform;

CREATE TABLE platform.request_id (
    api         VARCHAR(64)  NOT NULL,
    request_id  VARCHAR(46)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT request_id_pk PRIMARY KEY (api, request_id)
);
