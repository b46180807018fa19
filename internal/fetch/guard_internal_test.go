package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

func TestBlockedAddr(t *testing.T) {
	tests := []struct {
		ip      string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.1.1", true},
		{"169.254.169.254", true},
		{"100.64.0.1", true},
		{"100.127.255.255", true},
		{"100.128.0.1", false},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"255.255.255.255", true},
		{"198.18.0.1", true},
		{"192.0.0.8", true},
		{"8.8.8.8", false},
		{"203.0.113.7", false},
		{"::1", true},
		{"::", true},
		{"fd00::1", true},
		{"fc12::1", true},
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"fec0::1", true},
		{"ff02::1", true},
		{"ff05::2", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::ffff:8.8.8.8", false},
		{"::127.0.0.1", true},
		{"64:ff9b::7f00:1", true},
		{"64:ff9b::808:808", false},
		{"2002:7f00:1::1", true},
		{"2002:a00:1::1", true},
		{"2002:808:808::1", false},
		{"2001:4860:4860::8888", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := blockedAddr(netip.MustParseAddr(tt.ip)); got != tt.blocked {
				t.Errorf("blockedAddr(%s) = %v, want %v", tt.ip, got, tt.blocked)
			}
		})
	}
	if !blockedAddr(netip.Addr{}) {
		t.Error("the zero Addr must be blocked")
	}
}

// TestRedirectToLoopbackRefused lets the guard allow exactly one loopback
// server (standing in for a public site) and checks that its redirects to
// other loopback addresses are refused at dial time.
func TestRedirectToLoopbackRefused(t *testing.T) {
	internalHit := false
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHit = true
		w.Write([]byte("secret"))
	}))
	defer internal.Close()
	iu, _ := url.Parse(internal.URL)

	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Write([]byte("public"))
		case "/to-ip":
			http.Redirect(w, r, internal.URL+"/admin", http.StatusFound)
		case "/to-localhost":
			http.Redirect(w, r, "http://localhost:"+iu.Port()+"/admin", http.StatusFound)
		case "/to-mapped":
			http.Redirect(w, r, "http://[::ffff:127.0.0.1]:"+iu.Port()+"/admin", http.StatusFound)
		}
	}))
	defer public.Close()
	pu, _ := url.Parse(public.URL)
	publicAP := netip.MustParseAddrPort(pu.Host)

	f := New(Options{})
	f.blocked = func(ap netip.AddrPort) bool { return ap != publicAP && blockedAddr(ap.Addr()) }

	res, err := f.Get(context.Background(), public.URL+"/ok")
	if err != nil || string(res.Body) != "public" {
		t.Fatalf("allowed server: %v", err)
	}
	for _, p := range []string{"/to-ip", "/to-localhost", "/to-mapped"} {
		t.Run(p, func(t *testing.T) {
			_, err := f.Get(context.Background(), public.URL+p)
			if !errors.Is(err, ErrBlockedAddress) {
				t.Fatalf("err = %v, want ErrBlockedAddress", err)
			}
			if !strings.Contains(err.Error(), public.URL+p) || !strings.Contains(err.Error(), "redirected to") {
				t.Errorf("err = %q should name the URL and the redirect", err)
			}
		})
	}
	if internalHit {
		t.Error("the internal server was contacted")
	}
}
