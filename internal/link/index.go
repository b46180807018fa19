package link

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Options tune an Index. Zero values take the defaults.
type Options struct {
	// Window is how many days apart (published or discovered dates) two
	// reports of one organization may be and still be one incident.
	// Default 60.
	Window int
	// FollowUpWindow replaces Window when either report is a follow-up
	// (第N報, 続報, 最終報告, 既報 …). Default 400.
	FollowUpWindow int
	// CloseDays is the distance under which same-organization reports of
	// overlapping types link without further shared evidence. Default 14.
	CloseDays int
	// DupJaccard is the MinHash Jaccard estimate above which two texts are
	// near-duplicates. Default 0.5.
	DupJaccard float64
	// MaxPosting bounds each candidate list (an LSH bucket, an
	// organization, an event term) to its most recent reports, so that
	// boilerplate-heavy buckets and frequent terms stay cheap. Default 1000.
	MaxPosting int
}

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = 60
	}
	if o.FollowUpWindow <= 0 {
		o.FollowUpWindow = 400
	}
	if o.CloseDays <= 0 {
		o.CloseDays = 14
	}
	if o.DupJaccard <= 0 {
		o.DupJaccard = 0.5
	}
	if o.MaxPosting <= 0 {
		o.MaxPosting = 1000
	}
	return o
}

// entry is one report held by the index.
type entry struct {
	key     Key
	orgKey  string
	days    []int  // published and discovered, as days since 1970
	types   uint32 // bit set of incident types, "other" left out
	cluster int
}

// Decision says where Add put a report and why.
type Decision struct {
	Cluster int     // the cluster the report joined, -1 for a non-incident
	New     bool    // true when the report opened the cluster
	Score   float64 // strength of the best link (0 for a new cluster)
	Reason  string  // the evidence of the best link, for the audit trail
	Also    []int   // other clusters the report also links to (see Suggestions)
}

// Suggestion says two clusters are probably one incident: a report linked to
// both. Keep is the older (lower) cluster.
type Suggestion struct {
	Keep, Drop int
	Score      float64
	Reason     string
}

// Index holds linked reports and finds, for a new one, the incident it
// belongs to. It is not safe for concurrent use.
type Index struct {
	opt       Options
	entries   []*entry
	clusters  [][]int32 // members of each cluster, by cluster number
	bands     map[uint64][]int32
	orgExact  map[string][]int32 // orgKey → entries
	orgPrefix map[string][]int32 // every usable proper prefix of an orgKey → entries
	vendors   map[string][]int32 // vendor key → entries naming it
	postings  map[string][]int32 // event term → entries
	suggest   []Suggestion
	suggested map[[2]int]bool

	// Flat per-entry data for the date pre-check, read without touching
	// the entries themselves: two dates (-1 unknown) and the follow-up flag.
	dates  []int32
	follow []bool
	// mark[id] == gen marks an entry already collected as a candidate.
	mark []uint32
	gen  uint32
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	return &Index{
		opt:       opt.withDefaults(),
		bands:     map[uint64][]int32{},
		orgExact:  map[string][]int32{},
		orgPrefix: map[string][]int32{},
		vendors:   map[string][]int32{},
		postings:  map[string][]int32{},
		suggested: map[[2]int]bool{},
	}
}

// Len returns the number of reports in the index.
func (x *Index) Len() int { return len(x.entries) }

// Clusters returns the number of cluster numbers in use (some may be empty
// after Merge).
func (x *Index) Clusters() int { return len(x.clusters) }

// Add links an item: it joins the best-linked existing cluster or opens a
// new one. Items with Facts.IsIncident false are not linked (cluster -1).
func (x *Index) Add(it Item) (cluster int, isNew bool) {
	if !it.Facts.IsIncident {
		return -1, false
	}
	d := x.AddKey(NewKey(it), nil)
	return d.Cluster, d.New
}

// AddKey links a report by its key. Clusters for which exclude returns true
// are never joined (an analyst kept the report out of them).
func (x *Index) AddKey(k Key, exclude func(cluster int) bool) Decision {
	e := x.newEntry(k)
	best, bestScore, bestRule, bestEv := -1, 0.0, "", evidence{}
	linked := map[int]float64{}
	ed := x.entryDates(e)
	for _, c := range x.candidates(e) {
		if !x.datesFit(ed, e.key.FollowUp, c) {
			continue
		}
		o := x.entries[c]
		if exclude != nil && exclude(o.cluster) {
			continue
		}
		ok, score, rule, ev := x.judge(e, o)
		if !ok {
			continue
		}
		if e.orgKey != "" && o.orgKey == "" && x.clusterOrgConflict(o.cluster, e) {
			continue // linked only through a report naming no one, to another organization's incident
		}
		if dated(ed) && !dated(x.entryDates(o)) && x.clusterDatesConflict(o.cluster, ed, e.key.FollowUp) {
			continue // linked only through an undated report, to an incident of other days
		}
		if s, seen := linked[o.cluster]; !seen || score > s {
			linked[o.cluster] = score
		}
		if score > bestScore || (score == bestScore && o.cluster < best) {
			best, bestScore, bestRule, bestEv = o.cluster, score, rule, ev
		}
	}
	bestWhy := ""
	if best >= 0 {
		bestWhy = bestEv.reason(bestRule)
	}
	d := Decision{Cluster: best, Score: bestScore, Reason: bestWhy}
	if best < 0 {
		d.Cluster, d.New, d.Reason = len(x.clusters), true, "no linked report"
		x.clusters = append(x.clusters, nil)
	}
	for c := range linked {
		if c != d.Cluster && !(e.orgKey == "" && x.orgsConflict(c, d.Cluster)) && !(!dated(ed) && x.datesConflict(c, d.Cluster)) {
			d.Also = append(d.Also, c)
		}
	}
	slices.Sort(d.Also)
	for _, c := range d.Also {
		x.addSuggestion(c, d.Cluster, linked[c], bestWhy)
	}
	x.insert(e, d.Cluster)
	return d
}

// Put places a report into a given cluster without scoring it: for
// rebuilding an index from stored keys and for analysts' pins. Cluster
// numbers beyond the current ones are created.
func (x *Index) Put(k Key, cluster int) {
	if cluster < 0 {
		return
	}
	for len(x.clusters) <= cluster {
		x.clusters = append(x.clusters, nil)
	}
	x.insert(x.newEntry(k), cluster)
}

// Suggestions returns the pairs of clusters a report linked to at once, in
// the order found. The caller may merge them (keeping Keep).
func (x *Index) Suggestions() []Suggestion { return slices.Clone(x.suggest) }

// Merge moves every report of cluster drop into keep.
func (x *Index) Merge(keep, drop int) {
	if keep == drop || keep < 0 || drop < 0 || keep >= len(x.clusters) || drop >= len(x.clusters) {
		return
	}
	for _, m := range x.clusters[drop] {
		x.entries[m].cluster = keep
	}
	x.clusters[keep] = append(x.clusters[keep], x.clusters[drop]...)
	x.clusters[drop] = nil
}

// orgsConflict reports whether two clusters are about different
// organizations: each names some, and no organization (or vendor) of one
// is related to one of the other. A report naming no organization that
// links to both (two towns' copies of one spoofed-mail warning) is no
// evidence that they are one incident, so it bridges neither.
func (x *Index) orgsConflict(c1, c2 int) bool {
	if c1 < 0 || c2 < 0 || c1 >= len(x.clusters) || c2 >= len(x.clusters) {
		return false
	}
	named := false
	for _, i := range x.clusters[c1] {
		if a := x.entries[i]; a.orgKey != "" {
			named = true
			if !x.clusterOrgConflict(c2, a) {
				return false
			}
		}
	}
	return named
}

// clusterOrgConflict reports whether a cluster names organizations and
// none of them is related to e's (see orgsConflict).
func (x *Index) clusterOrgConflict(c int, e *entry) bool {
	named := false
	for _, i := range x.clusters[c] {
		a := x.entries[i]
		if a.orgKey == "" {
			continue
		}
		named = true
		if ok, _ := orgRelated(a.orgKey, e.orgKey); ok || vendorRelated(a, e) {
			return false
		}
	}
	return named
}

// dated reports whether an entry's dates hold at least one day.
func dated(d [2]int32) bool { return d[0] >= 0 || d[1] >= 0 }

// clusterDatesConflict reports whether a cluster has dated reports and
// none of them is dated within the window of d. An undated report that
// links to both is no evidence that two incidents of different months
// are one (one ministry's misdeliveries years apart).
func (x *Index) clusterDatesConflict(c int, d [2]int32, followUp bool) bool {
	named := false
	for _, id := range x.clusters[c] {
		if !dated(x.entryDates(x.entries[id])) {
			continue
		}
		named = true
		if x.datesFit(d, followUp, id) {
			return false
		}
	}
	return named
}

// datesConflict is clusterDatesConflict between two clusters: both have
// dated reports and no two of them fit each other's window.
func (x *Index) datesConflict(c1, c2 int) bool {
	if c1 < 0 || c2 < 0 || c1 >= len(x.clusters) || c2 >= len(x.clusters) {
		return false
	}
	named := false
	for _, id := range x.clusters[c1] {
		e := x.entries[id]
		if d := x.entryDates(e); dated(d) {
			named = true
			if !x.clusterDatesConflict(c2, d, e.key.FollowUp) {
				return false
			}
		}
	}
	return named
}

// Members returns the positions (in the order added) of the reports of a
// cluster.
func (x *Index) Members(cluster int) []int {
	if cluster < 0 || cluster >= len(x.clusters) {
		return nil
	}
	out := make([]int, len(x.clusters[cluster]))
	for i, m := range x.clusters[cluster] {
		out[i] = int(m)
	}
	return out
}

// Organizations returns the organizations of a cluster's reports as
// written (the first spelling of each normalized name), then its vendors,
// in the order seen: for a vendor incident, every affected organization.
func (x *Index) Organizations(cluster int) (orgs, vendors []string) {
	if cluster < 0 || cluster >= len(x.clusters) {
		return nil, nil
	}
	seenOrg, seenVendor := map[string]bool{}, map[string]bool{}
	for _, m := range x.clusters[cluster] {
		k := &x.entries[m].key
		if k.Org != "" && !seenOrg[k.Org] {
			seenOrg[k.Org] = true
			orgs = append(orgs, k.OrgName)
		}
		for _, v := range k.Vendors {
			if !seenVendor[v] {
				seenVendor[v] = true
				vendors = append(vendors, v)
			}
		}
	}
	return orgs, vendors
}

// Explain returns whether two items would be linked, the link's score and
// its evidence.
func (x *Index) Explain(a, b Item) (linked bool, score float64, reason string) {
	return x.pair(x.newEntry(NewKey(a)), x.newEntry(NewKey(b)))
}

func (x *Index) addSuggestion(a, b int, score float64, why string) {
	keep, drop := min(a, b), max(a, b)
	if x.suggested[[2]int{keep, drop}] {
		return
	}
	x.suggested[[2]int{keep, drop}] = true
	x.suggest = append(x.suggest, Suggestion{Keep: keep, Drop: drop, Score: score, Reason: why})
}

// typeBit numbers the incident types for the bit set.
var typeBit = map[string]uint32{}

func init() {
	for i, c := range []string{"unauthorized_access", "web_skimming", "credential_stuffing",
		"account_takeover", "ransomware", "malware", "defacement", "spam_relay", "phishing",
		"support_scam", "misdelivery", "misconfiguration", "loss_theft", "insider_misuse",
		"processing_error", "system_failure"} {
		typeBit[c] = 1 << i
	}
}

// warningTypes are the incident types of impersonation warnings, which an
// organization issues again and again for different campaigns.
var warningTypes = typeBit["phishing"] | typeBit["support_scam"]

func (x *Index) newEntry(k Key) *entry {
	e := &entry{key: k, orgKey: orgKey(k.Org)}
	for _, s := range []string{k.Published, k.Discovered} {
		if d, ok := parseDay(s); ok {
			e.days = append(e.days, d)
		}
	}
	for _, t := range k.Types {
		e.types |= typeBit[t]
	}
	return e
}

// entryDates returns an entry's two dates, -1 for unknown.
func (x *Index) entryDates(e *entry) [2]int32 {
	d := [2]int32{-1, -1}
	for i, v := range e.days {
		if i < 2 {
			d[i] = int32(v)
		}
	}
	return d
}

// datesFit is the date part of the linking rule, on the flat arrays: every
// rule needs the dates of two reports within the window.
func (x *Index) datesFit(d [2]int32, followUp bool, id int32) bool {
	win := int32(x.opt.Window)
	if followUp || x.follow[id] {
		win = int32(x.opt.FollowUpWindow)
	}
	known := false
	for _, a := range d {
		if a < 0 {
			continue
		}
		for _, b := range x.dates[2*id : 2*id+2] {
			if b < 0 {
				continue
			}
			known = true
			if a-b <= win && b-a <= win {
				return true
			}
		}
	}
	return !known
}

func (x *Index) insert(e *entry, cluster int) {
	id := int32(len(x.entries))
	e.cluster = cluster
	x.entries = append(x.entries, e)
	d := x.entryDates(e)
	x.dates = append(x.dates, d[0], d[1])
	x.follow = append(x.follow, e.key.FollowUp)
	x.mark = append(x.mark, 0)
	x.clusters[cluster] = append(x.clusters[cluster], id)
	if e.key.Size > 0 {
		for _, b := range bandKeys(e.key.Sig) {
			x.bands[b] = append(x.bands[b], id)
		}
	}
	if e.orgKey != "" {
		x.orgExact[e.orgKey] = append(x.orgExact[e.orgKey], id)
		for _, p := range properPrefixes(e.orgKey) {
			x.orgPrefix[p] = append(x.orgPrefix[p], id)
		}
	}
	for _, v := range e.key.Vendors {
		x.vendors[orgKey(v)] = append(x.vendors[orgKey(v)], id)
	}
	for _, t := range e.key.Terms {
		if t[0] != 'd' {
			x.postings[t] = append(x.postings[t], id)
		}
	}
}

// properPrefixes returns the prefixes of an organization key that could
// stand for the organization itself (see prefixOK), shortest first.
func properPrefixes(s string) []string {
	var out []string
	for i := range s {
		if i == 0 {
			continue
		}
		if p := s[:i]; prefixOK(p) {
			out = append(out, p)
		}
	}
	return out
}

// candidates returns the entries that could link to e, each once.
func (x *Index) candidates(e *entry) []int32 {
	x.gen++
	if x.gen == 0 { // wrapped: clear the marks once
		clear(x.mark)
		x.gen = 1
	}
	gen := x.gen
	var out []int32
	addAll := func(ids []int32) {
		if len(ids) > x.opt.MaxPosting {
			ids = ids[len(ids)-x.opt.MaxPosting:] // the most recent reports
		}
		for _, id := range ids {
			if x.mark[id] != gen {
				x.mark[id] = gen
				out = append(out, id)
			}
		}
	}
	if e.key.Size > 0 {
		for _, b := range bandKeys(e.key.Sig) {
			addAll(x.bands[b])
		}
	}
	if e.orgKey != "" {
		addAll(x.orgExact[e.orgKey])
		addAll(x.orgPrefix[e.orgKey])
		for _, p := range properPrefixes(e.orgKey) {
			addAll(x.orgExact[p])
		}
		addAll(x.vendors[e.orgKey])
	}
	for _, v := range e.key.Vendors {
		addAll(x.vendors[orgKey(v)])
		addAll(x.orgExact[orgKey(v)])
	}
	for _, t := range e.key.Terms {
		if t[0] == 'd' {
			continue
		}
		addAll(x.postings[t])
	}
	return out
}

// shared sums the weights of the terms two sorted term lists share: all
// terms, terms other than calendar days, and whether any is strong.
func shared(a, b []string) (w, wx float64, strong bool, common []string) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i], b[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			t := a[i]
			tw := weightOf(t)
			w += tw
			if t[0] != 'd' {
				wx += tw
			}
			strong = strong || strongTerm(t)
			common = append(common, t)
			i++
			j++
		}
	}
	return w, wx, strong, common
}

// dayDistance returns the smallest distance in days between the dates of two
// entries; known is false when either has no date.
func dayDistance(a, b *entry) (dist int, known bool) {
	if len(a.days) == 0 || len(b.days) == 0 {
		return 0, false
	}
	dist = math.MaxInt
	for _, x := range a.days {
		for _, y := range b.days {
			d := x - y
			if d < 0 {
				d = -d
			}
			dist = min(dist, d)
		}
	}
	return dist, true
}

// vendorRelated reports whether two entries share a vendor or one's
// organization is the other's vendor.
func vendorRelated(a, b *entry) bool {
	for _, v := range a.key.Vendors {
		kv := orgKey(v)
		if ok, _ := orgRelated(kv, b.orgKey); ok {
			return true
		}
		for _, w := range b.key.Vendors {
			if ok, _ := orgRelated(kv, orgKey(w)); ok {
				return true
			}
		}
	}
	for _, w := range b.key.Vendors {
		if ok, _ := orgRelated(orgKey(w), a.orgKey); ok {
			return true
		}
	}
	return false
}

// evidence is what pair found about two reports, formatted only when a
// reason is asked for.
type evidence struct {
	j, c     float64
	dist     int
	known    bool
	followUp bool
	common   []string
}

func (ev evidence) reason(rule string) string {
	var b strings.Builder
	b.WriteString(rule)
	fmt.Fprintf(&b, ": J=%.2f", ev.j)
	if ev.c > ev.j+0.1 {
		fmt.Fprintf(&b, " contained=%.2f", ev.c)
	}
	if ev.known {
		fmt.Fprintf(&b, " %dd apart", ev.dist)
	}
	if ev.followUp {
		b.WriteString(" follow-up")
	}
	if len(ev.common) > 0 {
		fmt.Fprintf(&b, " shared=%s", strings.Join(firstN(ev.common, 6), ","))
	}
	return b.String()
}

// pair is the symmetric linking rule of two reports: whether they are one
// incident, how strongly, and why.
func (x *Index) pair(a, b *entry) (bool, float64, string) {
	ok, score, rule, ev := x.judge(a, b)
	return ok, score, ev.reason(rule)
}

// judge applies the linking rule; every rule needs the dates to fit, so
// that is checked first (most candidates of a large index fail it).
func (x *Index) judge(a, b *entry) (ok bool, score float64, rule string, ev evidence) {
	o := x.opt
	ev.followUp = a.key.FollowUp || b.key.FollowUp
	win := o.Window
	if ev.followUp {
		win = o.FollowUpWindow
	}
	ev.dist, ev.known = dayDistance(a, b)
	dist, known := ev.dist, ev.known
	if known && dist > win {
		return false, 0, "dates too far apart", ev
	}
	typesRel := 0
	if a.types != 0 && b.types != 0 {
		if a.types&b.types != 0 {
			typesRel = 1
		} else {
			typesRel = -1
		}
	}
	related, equal := orgRelated(a.orgKey, b.orgKey)
	conflict := a.orgKey != "" && b.orgKey != "" && !related
	vendor := conflict && vendorRelated(a, b)
	if conflict && typesRel < 0 {
		return false, 0, "different organizations and events", ev
	}
	contractor := a.key.Contractor && b.key.Contractor
	closeDays := known && dist <= o.CloseDays
	// Two organizations with no vendor or contractor between them link only
	// as one template within days (below); skip the term comparison early.
	if conflict && !vendor && !contractor && !closeDays {
		return false, 0, "different organizations", ev
	}
	j := jaccard(a.key.Sig, b.key.Sig)
	ev.j = j
	if conflict && !vendor && !contractor && j < 0.7 {
		return false, 0, "different organizations", ev
	}
	ev.c = containment(j, a.key.Size, b.key.Size)
	minSize := min(a.key.Size, b.key.Size)
	w, wx, strong, common := shared(a.key.Terms, b.key.Terms)
	ev.common = common

	// Near-duplicate text: a repeat, a notice quoted in a digest. Across
	// organizations only a shared vendor, or a very close text about the
	// same kind of event within days that speaks of a contractor or shares
	// a strong term (one template sent out by a vendor's customers), makes
	// a duplicate one incident.
	dup := minSize >= 20 && (j >= o.DupJaccard || (j >= 0.2 && ev.c >= 0.8 && minSize >= 60))
	template := j >= 0.7 && typesRel >= 0 && closeDays && (contractor || strong)
	if dup && (!conflict || vendor || template) {
		return true, 10 + 10*j, "near-duplicate text", ev
	}

	if related {
		bonus := 0.0
		if equal {
			bonus = 1
		}
		switch typesRel {
		case 1:
			evidence := wx >= 1 || w-wx >= 1.5 || ev.followUp || j >= 0.15
			near := !known || closeDays
			warning := (a.types|b.types)&^warningTypes == 0
			if evidence || (near && !warning) || (near && warning && j >= 0.3) {
				return true, 5 + bonus + w + 5*j, "same organization, overlapping types", ev
			}
		case 0:
			if w >= 2 || j >= 0.2 || (ev.followUp && w >= 1) || (known && dist <= 7) {
				return true, 4 + bonus + w + 5*j, "same organization, types unknown", ev
			}
		case -1:
			if strong && wx >= 6 {
				return true, 3 + bonus + w + 5*j, "same organization, strong shared terms despite different types", ev
			}
		}
		return false, 0, "same organization, different event", ev
	}

	need := float64(termsNeeded)
	if contractor && typesRel == 1 && closeDays {
		need = termsNeededClose
	}
	if conflict {
		if vendor {
			return true, 4 + w + 5*j, "shared vendor", ev
		}
		if contractor && strong && w+10*j >= need {
			return true, 3 + w + 5*j, "one contractor's incident", ev
		}
		return false, 0, "different organizations", ev
	}
	if typesRel >= 0 && strong && w+10*j >= need {
		return true, 3 + w + 5*j, "shared event terms, organization unknown", ev
	}
	return false, 0, "no link", ev
}

// termsNeeded is the shared evidence (term weights plus ten times the
// Jaccard estimate) that links reports of different or unknown
// organizations; at least one shared term must be strong as well.
const termsNeeded = 6

// termsNeededClose replaces termsNeeded for two reports that both speak of
// a contractor, share an incident type and are dated within CloseDays.
const termsNeededClose = 4

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// Cluster links items in order with one fresh Index, merges the clusters a
// report bridged (so the partition does not depend on the order), and
// returns each item's cluster numbered from 0 in order of first appearance;
// items that are not incidents get -1.
func Cluster(items []Item) []int {
	return ClusterWith(items, Options{})
}

// ClusterWith is Cluster with options.
func ClusterWith(items []Item, opt Options) []int {
	x := NewIndex(opt)
	raw := make([]int, len(items))
	for i, it := range items {
		raw[i], _ = x.Add(it)
	}
	parent := make([]int, x.Clusters())
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, s := range x.Suggestions() {
		a, b := find(s.Keep), find(s.Drop)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	out := make([]int, len(items))
	renum := map[int]int{}
	for i, c := range raw {
		if c < 0 {
			out[i] = -1
			continue
		}
		r := find(c)
		n, ok := renum[r]
		if !ok {
			n = len(renum)
			renum[r] = n
		}
		out[i] = n
	}
	return out
}
