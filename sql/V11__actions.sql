-- Follow-through (issue 18): a resolved blocker's decision is an action for its owner, due on
-- its due date (blocker.owner, blocker.due). An action's id is its blocker's. This table holds
-- only what happens after the decision: who marked the action done, when, and what they noted.
CREATE TABLE action_done (
  blocker_id  BIGINT                   NOT NULL,
  done_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  done_by     VARCHAR(32)              NOT NULL,
  note        VARCHAR(8000),
  CONSTRAINT action_done_pk PRIMARY KEY (blocker_id),
  CONSTRAINT action_done_blocker_fk FOREIGN KEY (blocker_id) REFERENCES blocker (id),
  CONSTRAINT action_done_by_fk FOREIGN KEY (done_by) REFERENCES person (handle)
);
