#!/usr/bin/perl
# The launcher's client of the background process (reportdsl daemon): runs one command line in the
# process serving this working directory, starting it when none does, and falls back to running the
# command in a JVM of its own whenever that cannot be done. What the user sees (standard output and
# error, their order, the exit code) is what the command itself would give; only its start is shorter.
#
# Perl, not Java: a client must start in a few milliseconds (a JVM client takes 0.15 s before it has
# done anything here), and perl-base is Essential on Debian (always installed). Core modules only.
#
#   perl reportdsl-client.pl DIR KEY N DAEMON-COMMAND... M FALLBACK-COMMAND... ARGS...
# DIR      the folder of the sockets; made 0700 if missing, not used unless it is a folder of this user's
#          that no one else can enter
# KEY      what, beside the working directory, makes a process the right one (JDK, jar, settings)
# DAEMON-COMMAND   the java command line that serves (the socket is added: --socket FILE)
# FALLBACK-COMMAND the java command line that runs a command itself (ARGS are added)
# The protocol is in docs/daemon.md.
use strict;
use warnings;
use Socket qw(PF_UNIX SOCK_STREAM pack_sockaddr_un);
use POSIX ();
use Cwd ();

my ($dir, $key, $n) = splice(@ARGV, 0, 3);
my @daemon = splice(@ARGV, 0, $n);
my $m = shift @ARGV;
my @fallback = splice(@ARGV, 0, $m);
my @args = @ARGV;

# The command run in a JVM of its own, as without the background process.
sub run_alone {
  no warnings 'exec';   # what follows exec runs only when it failed
  exec { $fallback[0] } @fallback, @args;
  print STDERR "reportdsl: 无法启动 $fallback[0]：$!\n";
  exit 2;
}

# A folder for sockets that only this user can enter (as ssh-agent's): anyone who could connect
# could run commands as this user.
sub private_dir {
  my ($d) = @_;
  mkdir $d, 0700 unless -e $d;
  my @st = lstat $d or return 0;
  return -d _ && !-l _ && $st[4] == $< && ($st[2] & 077) == 0;
}

# Two 32-bit FNV-1a hashes (different starting values) of the bytes: the socket's name.
sub name {
  my ($s) = @_;
  my ($a, $b) = (0x811c9dc5, 0x050c5d1f);
  for my $c (unpack 'C*', $s) {
    $a = (($a ^ $c) * 16777619) % 4294967296;
    $b = (($b ^ $c) * 16777619) % 4294967296;
  }
  return sprintf '%08x%08x', $a, $b;
}

sub connect_to {
  my ($path) = @_;
  socket(my $s, PF_UNIX, SOCK_STREAM, 0) or return undef;
  connect($s, pack_sockaddr_un($path)) or return undef;
  return $s;
}

# Starts a background process for this socket in a session of its own (Ctrl-C at the terminal does
# not reach it; no standard stream of the user's is held open) and waits until it answers.
sub start_and_connect {
  my ($sock, $log) = @_;
  my $pid = fork;
  return undef unless defined $pid;
  if ($pid == 0) {
    POSIX::setsid();
    open STDIN, '<', '/dev/null';
    open STDOUT, '>', $log or open STDOUT, '>', '/dev/null';
    open STDERR, '>&', \*STDOUT;
    no warnings 'exec';
    exec { $daemon[0] } @daemon, '--socket', $sock;
    POSIX::_exit(127);
  }
  my $ended;
  for (my $i = 0; $i < 2000; $i++) {   # 20 s: a first start on a slow machine takes 1-2 s
    select undef, undef, undef, 0.01;
    my $s = connect_to($sock);
    return $s if $s;
    if (!$ended && waitpid($pid, POSIX::WNOHANG()) == $pid) {
      $ended = 1;
      # 0: another process, started at the same moment, holds this socket: wait for it
      return undef if $? != 0;
    }
  }
  return undef;
}

my $cwd = Cwd::getcwd();
run_alone() unless defined $cwd && private_dir($dir);
my $name = name("$cwd\0$key");
my $sock = "$dir/$name.sock";
run_alone() if length($sock) > 100;   # a Unix socket's path is at most 107 bytes
my $s = connect_to($sock) || start_and_connect($sock, "$dir/$name.log") || run_alone();

# help in colour as picocli would choose it in a process of its own (NO_COLOR, CLICOLOR_FORCE, CLICOLOR=0, a terminal)
my $colour = defined $ENV{NO_COLOR} ? 0
  : (defined $ENV{CLICOLOR_FORCE} && $ENV{CLICOLOR_FORCE} ne '0') ? 1
  : (($ENV{CLICOLOR} // '') eq '0') ? 0
  : (-t STDIN && -t STDOUT) ? 1 : 0;
my $request = pack('a4 N N', 'RDSL', 1, 0) . pack('N/a*', $cwd) . pack('C', (-t STDERR ? 1 : 0) | ($colour ? 2 : 0))
  . pack('N', scalar @args) . join('', map { pack('N/a*', $_) } @args);
while (length $request) {
  my $w = syswrite $s, $request;
  run_alone() unless defined $w;
  substr($request, 0, $w) = '';
}

binmode STDOUT;
binmode STDERR;
my %out = (o => \*STDOUT, e => \*STDERR);
my ($buffer, $relayed) = ('', 0);
while (1) {
  while (length($buffer) >= 5) {
    my ($type, $length) = unpack 'a1 N', $buffer;
    last if length($buffer) < 5 + $length;
    my $payload = substr($buffer, 5, $length);
    substr($buffer, 0, 5 + $length) = '';
    if ($type eq 'x') {
      exit(unpack('N', $payload) & 255);
    } elsif ($type eq 'r') {
      run_alone();   # not this process's to run (rebuilt program, another folder): nothing written yet
    } elsif ($out{$type}) {
      my $fh = $out{$type};
      while (length $payload) {
        my $w = syswrite $fh, $payload;
        exit 2 unless defined $w;   # our own output is gone (a closed pipe)
        substr($payload, 0, $w) = '';
      }
      $relayed = 1;
    } else {
      print STDERR "reportdsl: 后台进程的回答无法识别\n";
      exit 2;
    }
  }
  my $r = sysread $s, $buffer, 65536, length $buffer;
  next if !defined $r && $!{EINTR};
  last unless $r;
}
# The process ended without an exit code (killed, out of memory): run the command here if nothing of
# it reached the user yet.
run_alone() unless $relayed;
print STDERR "reportdsl: 后台进程意外退出；可设置 REPORTDSL_DAEMON=0 不使用后台进程\n";
exit 2;
