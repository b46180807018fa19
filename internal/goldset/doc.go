// Package goldset loads gold annotations (the format of SCHEMA.md) and cuts
// their documents into report spans exactly as ../shared/tools/score.py
// does, for the tests of every stage that measure against them.
package goldset
