// rusage_run: run a command and report its wall time and resource usage.
//
//   rusage_run RESULT_FILE COMMAND [ARGS...]
//
// compare.py starts every measured program through this helper because
// Linux carries the spawning process's peak RSS into the child's ru_maxrss
// (the parent's memory map is the child's until exec). A child of the
// Python script would therefore never report less than Python's own ~20 MB;
// a child of this tiny process reports its true peak.
//
// stdin/stdout/stderr are inherited. After the command exits, RESULT_FILE
// receives one line: "status maxrss_kib user_s sys_s wall_s", where status
// is the exit code or -SIGNAL. Exit status 127 from the command means exec
// failed (the reason is on stderr).
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timespec t) { return (double)t.tv_sec + (double)t.tv_nsec / 1e9; }
static double tv_seconds(struct timeval t) { return (double)t.tv_sec + (double)t.tv_usec / 1e6; }

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: rusage_run RESULT_FILE COMMAND [ARGS...]\n");
    return 2;
  }
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid < 0) {
    perror("rusage_run: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    fprintf(stderr, "rusage_run: exec %s: %s\n", argv[2], strerror(errno));
    _exit(127);
  }
  int wait_status = 0;
  struct rusage usage;
  while (wait4(pid, &wait_status, 0, &usage) < 0) {
    if (errno != EINTR) {
      perror("rusage_run: wait4");
      return 2;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  int status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -WTERMSIG(wait_status);
  FILE* result = fopen(argv[1], "w");
  if (result == NULL) {
    perror("rusage_run: result file");
    return 2;
  }
  fprintf(result, "%d %ld %.6f %.6f %.9f\n", status, usage.ru_maxrss, tv_seconds(usage.ru_utime),
          tv_seconds(usage.ru_stime), seconds(end) - seconds(start));
  return fclose(result) == 0 ? 0 : 2;
}
