// Package extract reads the facts of each incident report (organization,
// dates, incident types, counts, data types, leak status, authorities,
// follow-up number, vendors) from Japanese notice text, with evidence spans.
package extract
