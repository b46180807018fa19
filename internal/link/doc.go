// Package link groups reports of one real-world event into incidents.
//
// # Evidence
//
// Every report becomes a Key (NewKey): its normalized organization
// (NormalizeOrg), published and discovered dates, incident types, vendors,
// a follow-up flag (第N報, 続報, 最終報告, 既報, 「…付けで公表」, 訂正), a
// contractor flag (委託, 受託, 運営事業者 … or Facts.Vendors), a MinHash
// signature of its folded text (Signature: 128 values over 4-rune shingles)
// and a small set of distinctive event terms: names in 「」 and the title
// (weight 3), Latin-script words such as malware names, products and domains
// (2), counted numbers such as 566名 (2, or 3 from 100 up), uncommon katakana
// words (1) and calendar days such as 4月24日 (0.5).
//
// Two reports are linked by a symmetric pairwise rule (Index.Explain gives
// the rule and its evidence). Every rule needs the dates to fit: published or
// discovered dates within Options.Window days (60), or Options.FollowUpWindow
// (400) when either report is a follow-up; a report without dates fits any.
//
//   - Near-duplicate text: MinHash Jaccard ≥ 0.5, or the shorter text about
//     80% contained in the longer (a verbatim repeat, a notice quoted in a
//     digest). Across two different organizations it also needs a shared
//     vendor, or Jaccard ≥ 0.7 within CloseDays (14) with the same kind of
//     event and a contractor or strong shared term (one vendor's template).
//   - Same organization (equal after normalization, or one a prefix of the
//     other: 南房総市 / 南房総市教育委員会, with a prefecture before a
//     municipality dropped: 岩手県大槌町 / 大槌町) and a compatible event:
//     overlapping types with shared evidence (terms, a follow-up marker,
//     Jaccard ≥ 0.15) or dated within CloseDays; impersonation warnings
//     (phishing, support scams), which organizations issue again and again,
//     always need shared evidence. Disjoint types stay apart unless strong
//     terms weigh 6 or more: a bank's phishing warning and its ransomware
//     notice, or a city's mail misdelivery and its lost USB stick, are two
//     incidents.
//   - Different organizations hit through one vendor: a shared vendor (or one
//     organization being the other's vendor), or both texts speaking of a
//     contractor with shared evidence (term weights + 10×Jaccard ≥ 6, ≥ 4
//     when types overlap and the reports are within CloseDays) including a
//     strong term (a name in 「」, a Latin-script word, a counted number).
//   - A report without an organization links on text: near-duplicates, or
//     shared evidence as for the vendor rule.
//
// # Index
//
// An Index is incremental. Add looks up candidates sub-linearly (32 LSH bands
// of 4 rows over the signature, an organization prefix index, a vendor index
// and an inverted index of event terms, each list capped to its most recent
// Options.MaxPosting reports), scores each candidate cluster by its
// best-linked member and attaches the report to the best cluster, or opens a
// new one. Add never renumbers: when a report links to several clusters, the
// others are reported by Suggestions (keep the older). Because the rule is
// symmetric, applying the suggestions, as Cluster does, gives the connected
// components of the link graph whatever the order reports arrive in.
//
// Keys are stored without texts (Key.LinkKey, KeyFromLinkKey), so an Index is
// rebuilt from a store with Restore. Linker does that for a store.Store and
// links newly stored reports incrementally: it creates incidents (numbered in
// the year of the published date, else of retrieval), assigns reports, saves
// their keys, honours analysts' pins and keep-outs, and optionally merges the
// incidents a new report bridges.
//
// # Several processes
//
// Several processes may link into one casebook (ingests and servers on one
// PostgreSQL database or one SQLite file). Each Linker holds the store's
// linking lock (store.Store LockLinking) while it links, and first catches
// up with the store's linking generation (LinkGeneration, incremented by
// every write that changes incidents, keys or overrides). When the only
// changes since it last looked are its own, nothing is read. Otherwise it
// applies the logged changes (LinkChanges) in place: other processes'
// new reports with their keys, merges, overrides. A change that moves an
// indexed report to another incident (an analyst's split), keys recomputed
// by Relink, or a log that no longer reaches back make it rebuild the index
// from the store (a full Load, which reads every key: see
// BenchmarkLinkerLoad). A process alone pays the lock and one generation
// read per call.
package link
