package fetch

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// FeedItem is one entry of an RSS or Atom feed. Content may be HTML (convert
// it with decode.HTMLToText); it is the item's full content when the feed
// has one, else its description or summary.
type FeedItem struct {
	Title     string
	Link      string // absolute when the feed gives enough to resolve it
	Content   string
	Published time.Time // zero when the feed has no parsable date
}

// ErrNotFeed is wrapped by ParseFeed errors for input that is not a feed.
var ErrNotFeed = errors.New("fetch: not an RSS, Atom or JSON feed")

var feedMediaTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/rdf+xml":   true,
	"application/feed+json": true,
}

// IsFeed reports whether a response is an RSS (0.9x, 1.0, 2.0), Atom or
// JSON feed: by a feed Content-Type, or by the root element of the XML
// (rss, rdf:RDF, feed) or a JSON Feed version marker in the first 4 KB.
func IsFeed(contentType string, body []byte) bool {
	if contentType != "" {
		if mt, _, err := mime.ParseMediaType(contentType); err == nil && feedMediaTypes[strings.ToLower(mt)] {
			return true
		}
	}
	head := body[:min(len(body), 4096)]
	switch gofeed.DetectFeedType(bytes.NewReader(head)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	case gofeed.FeedTypeJSON:
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	return false
}

// ParseFeed parses an RSS 0.9x/1.0/2.0, Atom or JSON feed (any XML encoding
// declared in the prolog) and returns its items in feed order.
func ParseFeed(body []byte) (items []FeedItem, err error) {
	// The feed is untrusted input: never let a parser bug take the
	// process down.
	defer func() {
		if r := recover(); r != nil {
			items, err = nil, fmt.Errorf("fetch: parse feed: parser panic: %v", r)
		}
	}()
	switch gofeed.DetectFeedType(bytes.NewReader(body)) {
	case gofeed.FeedTypeUnknown:
		return nil, ErrNotFeed
	case gofeed.FeedTypeJSON:
		// Any JSON object is detected as a JSON Feed; require its marker.
		if !bytes.Contains(body, []byte("jsonfeed.org/version")) {
			return nil, ErrNotFeed
		}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, ErrNotFeed
		}
		return nil, fmt.Errorf("fetch: parse feed: %w", err)
	}
	var base *url.URL
	for _, l := range []string{feed.Link, feed.FeedLink} {
		if u, err := url.Parse(strings.TrimSpace(l)); err == nil && u.IsAbs() {
			base = u
			break
		}
	}
	items = make([]FeedItem, 0, len(feed.Items))
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{
			Title:   strings.TrimSpace(it.Title),
			Link:    itemLink(it, base),
			Content: it.Content,
		}
		if strings.TrimSpace(fi.Content) == "" {
			fi.Content = it.Description
		}
		switch {
		case it.PublishedParsed != nil:
			fi.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			fi.Published = it.UpdatedParsed.UTC()
		}
		items = append(items, fi)
	}
	return items, nil
}

// itemLink returns the item's link resolved against the feed's own link.
func itemLink(it *gofeed.Item, base *url.URL) string {
	link := strings.TrimSpace(it.Link)
	if link == "" {
		for _, l := range it.Links {
			if l = strings.TrimSpace(l); l != "" {
				link = l
				break
			}
		}
	}
	if link == "" && strings.HasPrefix(it.GUID, "http") {
		link = strings.TrimSpace(it.GUID)
	}
	if link == "" || base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}
