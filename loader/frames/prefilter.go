package frames

// mayTrigger reports whether the sentence has a word that can evoke a
// frame on its own: a main verb's form or a noun's last word. Support
// verbs need a frame noun, so they do not count. Most sentences of a news
// article have none, and Apply then skips tagging and parsing them: one
// pass over the bytes, one map look-up per word.
func (a *Applier) mayTrigger(s string) bool {
	var buf [24]byte
	n, long := 0, false
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			if n > 0 && !long && a.triggers[string(buf[:n])] {
				return true
			}
			n, long = 0, false
			continue
		}
		if n == len(buf) {
			long = true
			continue
		}
		buf[n] = c
		n++
	}
	return false
}

// triggerWords lists every form that mayTrigger looks for.
func triggerWords(lx *lexicon) map[string]bool {
	out := map[string]bool{}
	for w := range lx.verbs {
		out[w] = true
	}
	for w := range lx.nouns {
		out[w] = true
	}
	return out
}
