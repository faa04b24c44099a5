"""The county tables computed from the register and anonymised: the counts, the relations the
county can know between them, and the protection that withholds small counts of people."""
