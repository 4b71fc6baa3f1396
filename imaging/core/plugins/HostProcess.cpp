#include "imaging/core/plugins/HostProcess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>

extern char** environ;

namespace cip::imaging {

namespace {

/// Appends what `fd` has to `into` (kept up to `cap` bytes); false at the end of the stream.
bool drain(int fd, std::string& into, std::size_t cap) {
  std::array<char, 65536> buffer{};
  const ssize_t n = ::read(fd, buffer.data(), buffer.size());
  if (n > 0) {
    errno = 0;
    if (into.size() < cap) into.append(buffer.data(), std::min<std::size_t>(static_cast<std::size_t>(n), cap - into.size()));
    return true;
  }
  return n < 0 && (errno == EINTR || errno == EAGAIN);
}

}  // namespace

HostRun runHostProcess(const std::string& program, const std::vector<std::string>& arguments, int timeoutMs) {
  HostRun run;
  int outPipe[2], errPipe[2];
  if (::pipe2(outPipe, O_CLOEXEC) != 0) return run;
  if (::pipe2(errPipe, O_CLOEXEC) != 0) {
    ::close(outPipe[0]);
    ::close(outPipe[1]);
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group, so a plugin's children are killed with it.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
  posix_spawnattr_setpgroup(&attributes, 0);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);

  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  ::close(outPipe[1]);
  ::close(errPipe[1]);
  if (spawned != 0) {
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    return run;
  }
  run.started = true;

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  bool outOpen = true, errOpen = true, exited = false;
  int status = 0;
  // Its output is read as it comes, and its exit checked at least every 20 ms: a plugin's child
  // holding the pipes open must not turn a finished run into a timeout.
  // It is left unreaped (WNOWAIT) until its group is killed, so that the group's id cannot be reused meanwhile.
  while (true) {
    siginfo_t info{};
    const int done = ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
    if (done == 0 && info.si_pid == pid) {
      exited = true;
      break;
    }
    if (done < 0 && errno != EINTR) break;  // no longer ours to wait for: its exit is unknown, a failure
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      run.timedOut = true;
      break;
    }
    std::array<pollfd, 2> fds{{{outOpen ? outPipe[0] : -1, POLLIN, 0}, {errOpen ? errPipe[0] : -1, POLLIN, 0}}};
    if (::poll(fds.data(), fds.size(), static_cast<int>(std::min<long long>(left, 20))) <= 0) continue;
    if (outOpen && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) outOpen = drain(outPipe[0], run.out, 1 << 20);
    if (errOpen && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) errOpen = drain(errPipe[0], run.err, 1 << 16);
  }
  if (exited) {  // what it wrote before it went is in the pipes: read it without waiting for anyone else
    for (int fd : {outPipe[0], errPipe[0]}) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    while (outOpen && drain(outPipe[0], run.out, 1 << 20) && errno != EAGAIN) {
    }
    while (errOpen && drain(errPipe[0], run.err, 1 << 16) && errno != EAGAIN) {
    }
  }
  ::close(outPipe[0]);
  ::close(errPipe[0]);
  ::kill(-pid, SIGKILL);  // whatever the plugin started in the host's group, and the host if it is still there
  const bool reaped = ::waitpid(pid, &status, 0) == pid;  // killed or gone: returns at once
  if (!exited || !reaped) return run;  // timed out, or an exit nobody can tell: a failure either way
  if (WIFEXITED(status)) run.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
  return run;
}

}  // namespace cip::imaging
