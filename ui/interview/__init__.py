"""The interview mode: six pages in the order people talk, over the case editor's records."""
