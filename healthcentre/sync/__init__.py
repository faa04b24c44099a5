"""The laptop's side of the county follow-up: the outbox of anonymised submissions, delivery to
the receiver, enrolment, credentials and transfer files for sites without network."""
