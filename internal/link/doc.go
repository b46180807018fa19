// Package link groups reports of one real-world event into incidents.
//
// # Evidence
//
// Every report becomes a Key: its normalized organization (NormalizeOrg),
// its dates, incident types, vendors, a MinHash signature of its folded text
// (Signature) and a small set of distinctive event terms (quoted names,
// Latin-script words such as malware names or domains, uncommon katakana
// words, counted numbers such as 566名, and calendar days). Two reports are
// linked by a symmetric, explained pairwise rule (see Index.Explain):
//
//   - near-duplicate text: the MinHash Jaccard estimate is high, or the
//     shorter text is nearly contained in the longer one (a notice quoted in a
//     digest, a verbatim repeat);
//   - same organization (equal after normalization, or one a prefix of the
//     other such as 南房総市 and 南房総市教育委員会, with a leading prefecture
//     dropped before a municipality) with a compatible event: overlapping
//     incident types or shared event terms, and dates within a window
//     (Options.Window, widened to Options.FollowUpWindow when either report is
//     a follow-up: 第N報, 続報, 最終報告, 既報, 「…付けで公表」);
//   - different organizations hit through one vendor: a shared vendor name
//     (Facts.Vendors, or one organization being the other's vendor), or both
//     reports speaking of a contractor and sharing strong event terms
//     (malware name, service name, counted numbers, the same calendar days);
//   - reports without an organization link on text alone: near-duplicates, or
//     strong shared event terms with compatible types and dates.
//
// Different incidents of one organization stay apart when their types are
// disjoint or they share no event evidence.
//
// # Index
//
// An Index is incremental. Add looks up candidates sub-linearly (LSH bands
// over the signature, an organization prefix index, an inverted index of
// event terms), scores each candidate cluster by its best-linked member, and
// attaches the report to the best cluster or opens a new one. Cluster numbers
// are never changed by Add; when a report links to several clusters the
// others are reported by Suggestions as probable duplicates of the best one
// (keep the older). Because the pairwise rule is symmetric, applying those
// suggestions (as Cluster does) yields the connected components of the link
// graph, whatever the order reports arrived in.
//
// Keys are stored without texts (Key.LinkKey, KeyFromLinkKey), so an Index is
// rebuilt from a store with Restore; Linker does that and links newly stored
// reports incrementally, honouring analysts' overrides.
package link
