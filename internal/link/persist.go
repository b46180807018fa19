package link

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/jikenbo/jikenbo/internal/store"
)

// featuresVersion is stored with the features so that a future change of
// the key layout can be detected and the keys recomputed.
const featuresVersion = 1

type storedFeatures struct {
	V int `json:"v"`
	Key
}

// Key returns the linking key of an item (see NewKey); the index is not
// changed.
func (x *Index) Key(it Item) Key { return NewKey(it) }

// LinkKey converts a key to the store's form for report reportID, linked to
// incident incidentID. Features hold the key's fields as JSON; the
// signature is little-endian uint32s.
func (k Key) LinkKey(reportID, incidentID int64) store.LinkKey {
	feat, err := json.Marshal(storedFeatures{V: featuresVersion, Key: k})
	if err != nil {
		// Key holds only strings, ints and bools; Marshal cannot fail.
		panic(fmt.Sprintf("link: marshal key: %v", err))
	}
	return store.LinkKey{
		ReportID:   reportID,
		IncidentID: incidentID,
		Org:        k.Org,
		Published:  k.Published,
		Signature:  encodeSig(k.Sig),
		Features:   feat,
	}
}

// KeyFromLinkKey parses a stored key.
func KeyFromLinkKey(lk store.LinkKey) (Key, error) {
	var f storedFeatures
	if len(lk.Features) > 0 {
		if err := json.Unmarshal(lk.Features, &f); err != nil {
			return Key{}, fmt.Errorf("link: features of report %d: %w", lk.ReportID, err)
		}
	}
	if f.V > featuresVersion {
		return Key{}, fmt.Errorf("link: features of report %d have version %d, newer than %d", lk.ReportID, f.V, featuresVersion)
	}
	if len(lk.Signature)%4 != 0 {
		return Key{}, fmt.Errorf("link: signature of report %d has %d bytes, not a multiple of 4", lk.ReportID, len(lk.Signature))
	}
	k := f.Key
	k.Org = lk.Org
	k.Published = lk.Published
	k.Sig = decodeSig(lk.Signature)
	if len(k.Sig) != SignatureSize {
		k.Sig, k.Size = nil, 0 // unusable: the report links by its other features
	}
	if !slices.IsSorted(k.Terms) {
		slices.Sort(k.Terms)
	}
	return k, nil
}

// Restore rebuilds clusters from stored keys without their texts: keys of
// one incident share a cluster, numbered in order of first appearance.
// Keys without an incident are skipped. It returns each incident's
// cluster.
func (x *Index) Restore(keys []store.LinkKey) (map[int64]int, error) {
	clusters := map[int64]int{}
	for _, lk := range keys {
		if lk.IncidentID == 0 {
			continue
		}
		k, err := KeyFromLinkKey(lk)
		if err != nil {
			return clusters, err
		}
		c, ok := clusters[lk.IncidentID]
		if !ok {
			c = x.Clusters()
			clusters[lk.IncidentID] = c
		}
		x.Put(k, c)
	}
	return clusters, nil
}
