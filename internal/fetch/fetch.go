package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxBytes  = 50 << 20 // 50 MiB
	DefaultUserAgent = "jikenbo/1 (+https://github.com/jikenbo/jikenbo)"
	// MaxRedirects is the number of redirects followed before giving up.
	MaxRedirects = 5
)

// ErrBlockedAddress is wrapped by errors for requests whose destination
// (after DNS resolution, on every redirect) is a loopback, private,
// link-local, multicast, unspecified or otherwise non-public address.
var ErrBlockedAddress = errors.New("fetch: refusing to fetch from a private or loopback address (use --allow-private to permit)")

// ErrTooLarge is wrapped by errors for bodies larger than Options.MaxBytes.
var ErrTooLarge = errors.New("fetch: response too large")

// Options configures a Fetcher. Zero values select the defaults.
type Options struct {
	// AllowPrivate disables the guard against non-public addresses (and
	// lets the transport use an HTTP proxy from the environment).
	AllowPrivate bool
	// Timeout bounds a whole request including redirects and the body
	// (default 30s).
	Timeout time.Duration
	// MaxBytes is the largest body accepted (default 50 MiB).
	MaxBytes int64
	// UserAgent is sent with every request (default DefaultUserAgent).
	UserAgent string
}

// Fetcher downloads documents over HTTP(S) with an SSRF guard, redirect,
// time and size limits. It is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	// blocked decides whether a resolved destination may be dialled; a
	// field so that tests can allow one loopback port.
	blocked func(netip.AddrPort) bool
}

// Response is a successfully fetched document.
type Response struct {
	URL         string // final URL after redirects
	ContentType string // Content-Type header, may be ""
	Body        []byte
	RetrievedAt time.Time // UTC
	Status      int
}

// StatusError reports a non-2xx HTTP status.
type StatusError struct {
	URL    string
	Status int
	Text   string // e.g. "404 Not Found"
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch: %s: HTTP status %s", e.URL, e.Text)
}

// blockedError is the dial-time refusal; it matches ErrBlockedAddress.
type blockedError struct {
	url  string
	addr netip.Addr
}

func (e *blockedError) Error() string {
	u := e.url
	if u == "" {
		u = "request"
	}
	return fmt.Sprintf("fetch: %s (address %s): refusing to fetch from a private or loopback address (use --allow-private to permit)", u, e.addr)
}

func (e *blockedError) Is(target error) bool { return target == ErrBlockedAddress }

// New returns a Fetcher for opt.
//
// Unless AllowPrivate is set, the destination address is checked when each
// connection is dialled (net.Dialer.Control sees the resolved IP), so
// hostnames resolving to private addresses, redirects to them and DNS
// rebinding are all refused; HTTP proxies from the environment are then not
// used, since the guard could not see the real destination behind them.
func New(opt Options) *Fetcher {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	f := &Fetcher{opt: opt, blocked: func(ap netip.AddrPort) bool { return blockedAddr(ap.Addr()) }}

	dialer := &net.Dialer{Timeout: min(opt.Timeout, 30*time.Second), KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = f.control
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = dialer.DialContext
	tr.Proxy = nil
	if opt.AllowPrivate {
		tr.Proxy = http.ProxyFromEnvironment
	}
	tr.ResponseHeaderTimeout = opt.Timeout
	f.client = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= MaxRedirects {
				return fmt.Errorf("fetch: %s: stopped after %d redirects", via[0].URL, MaxRedirects)
			}
			if err := checkScheme(req.URL); err != nil {
				return fmt.Errorf("fetch: %s: redirect to %s: %w", via[0].URL, req.URL, err)
			}
			return nil
		},
	}
	return f
}

// control runs after DNS resolution, before each connection is made.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("fetch: cannot check address %q: %w", address, err)
	}
	if f.blocked(ap) {
		return &blockedError{addr: ap.Addr()}
	}
	return nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	}
	return fmt.Errorf("unsupported URL scheme %q (only http and https)", u.Scheme)
}

// Get fetches rawURL and returns its body. Errors name the URL; a refused
// destination wraps ErrBlockedAddress, an oversized body ErrTooLarge, and a
// non-2xx status is a *StatusError.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch: %q: %w", rawURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch: %s: %w", rawURL, err)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch: %s: no host in URL", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch: %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.9,application/pdf;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Language", "ja,en;q=0.5")

	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.wrapDoError(rawURL, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: final, Status: resp.StatusCode, Text: resp.Status}
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: %s: Content-Length %d exceeds the limit of %d bytes", ErrTooLarge, final, resp.ContentLength, f.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch: %s: reading body: %w", final, err)
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: %s: body exceeds the limit of %d bytes", ErrTooLarge, final, f.opt.MaxBytes)
	}
	return &Response{
		URL:         final,
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
		RetrievedAt: time.Now().UTC(),
		Status:      resp.StatusCode,
	}, nil
}

// wrapDoError turns a client error into one that names the URL.
func (f *Fetcher) wrapDoError(rawURL string, err error) error {
	var be *blockedError
	if errors.As(err, &be) {
		target := rawURL
		var ue *url.Error
		if errors.As(err, &ue) && ue.URL != "" && ue.URL != rawURL {
			target = rawURL + " (redirected to " + ue.URL + ")"
		}
		return &blockedError{url: target, addr: be.addr}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		// The redirect checker's errors already name the URL.
		if strings.HasPrefix(ue.Err.Error(), "fetch: ") {
			return ue.Err
		}
		if ue.Timeout() {
			return fmt.Errorf("fetch: %s: timed out after %v: %w", rawURL, f.opt.Timeout, ue.Err)
		}
		return fmt.Errorf("fetch: %s: %w", rawURL, ue.Err)
	}
	return fmt.Errorf("fetch: %s: %w", rawURL, err)
}

var (
	cgnat      = netip.MustParsePrefix("100.64.0.0/10")
	thisNet    = netip.MustParsePrefix("0.0.0.0/8")
	ietfProto  = netip.MustParsePrefix("192.0.0.0/24")
	benchmark  = netip.MustParsePrefix("198.18.0.0/15")
	reserved4  = netip.MustParsePrefix("240.0.0.0/4") // includes 255.255.255.255
	siteLocal6 = netip.MustParsePrefix("fec0::/10")
	nat64      = netip.MustParsePrefix("64:ff9b::/96")
	nat64Local = netip.MustParsePrefix("64:ff9b:1::/48")
	sixToFour  = netip.MustParsePrefix("2002::/16")
	compat4    = netip.MustParsePrefix("::/96")
)

// blockedAddr reports whether ip is not a public unicast address: loopback,
// private (RFC 1918, fc00::/7), link-local, unspecified, multicast, CGNAT
// (100.64.0.0/10), "this network", reserved and benchmarking ranges, and
// IPv6 forms embedding such an IPv4 address (IPv4-mapped, IPv4-compatible,
// NAT64 64:ff9b::/96, 6to4 2002::/16).
func blockedAddr(ip netip.Addr) bool {
	if !ip.IsValid() {
		return true
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		return blockedAddr(ip.Unmap())
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsMulticast() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() {
		return true
	}
	if ip.Is4() {
		for _, p := range []netip.Prefix{cgnat, thisNet, ietfProto, benchmark, reserved4} {
			if p.Contains(ip) {
				return true
			}
		}
		return false
	}
	if siteLocal6.Contains(ip) || nat64Local.Contains(ip) {
		return true
	}
	b := ip.As16()
	switch {
	case compat4.Contains(ip):
		// ::a.b.c.d (deprecated IPv4-compatible); :: and ::1 handled above.
		return blockedAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	case nat64.Contains(ip):
		return blockedAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	case sixToFour.Contains(ip):
		return blockedAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
	}
	return false
}
