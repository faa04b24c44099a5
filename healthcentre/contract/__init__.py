"""The payload contract between the laptops and the county receiver: the submission schema
with its version, the county's table specifications, the check of a submission against them,
and signing. Free of the laptop's database and of any web server; both sides import it."""
