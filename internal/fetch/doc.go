// Package fetch downloads documents and feeds over HTTP(S), refusing private and loopback destinations unless allowed.
package fetch
