/* Benchmark peer: a bare libyaml event parse of the files given, nothing kept. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* Reads path whole into a new buffer; NULL on failure. */
static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)n + 1);
		if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
			free(buf);
			buf = NULL;
		}
		*len = (size_t)n;
	}
	fclose(f);
	return buf;
}

/* Parses every file given as libyaml events (the same reading as the
 * content loader: the whole file in memory, events until the end of the
 * stream) and prints the number of events. Exit 1 on any error. */
int main(int argc, char **argv)
{
	unsigned long events = 0;

	for (int i = 1; i < argc; i++) {
		size_t len = 0;
		unsigned char *buf = slurp(argv[i], &len);
		yaml_parser_t p;
		yaml_event_t ev;
		int done = 0;

		if (!buf || !yaml_parser_initialize(&p)) {
			fprintf(stderr, "yaml_peer: cannot read %s\n", argv[i]);
			return 1;
		}
		yaml_parser_set_input_string(&p, buf, len);
		while (!done) {
			if (!yaml_parser_parse(&p, &ev)) {
				fprintf(stderr, "yaml_peer: %s: %s\n", argv[i], p.problem);
				return 1;
			}
			done = ev.type == YAML_STREAM_END_EVENT;
			events++;
			yaml_event_delete(&ev);
		}
		yaml_parser_delete(&p);
		free(buf);
	}
	printf("%lu\n", events);
	return 0;
}
