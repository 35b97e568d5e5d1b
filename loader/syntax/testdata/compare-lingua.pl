#!/usr/bin/perl
# Scores Lingua::EN::Tagger (Debian: liblingua-en-tagger-perl), the HMM
# tagger we measured loader/syntax's tagger against, on the hand-checked
# sample, and times it. Run from loader/syntax:
#   perl testdata/compare-lingua.pl testdata/tagged-sample.txt
use strict;
use warnings;
use Lingua::EN::Tagger;
use Time::HiRes qw(time);

# Lingua's own tag names for Penn Treebank punctuation and determiners.
my %penn = (DET => 'DT', PP => '.', PPC => ',', PPL => '``', PPR => "''", PPS => ':',
            LRB => '(', RRB => ')', PRPS => 'PRP$', WPS => 'WP$');

my (@texts, @gold);
open my $in, '<', $ARGV[0] or die "$ARGV[0]: $!";
while (my $l = <$in>) {
    chomp $l;
    if ($l =~ /^> (.*)/) { push @texts, $1; next }
    next if $l eq '' || $l =~ /^#/;
    push @gold, [map { [ /^(.*)\/([^\/]+)$/ ] } split / /, $l];
}
my $tagger = Lingua::EN::Tagger->new;
my ($right, $total) = (0, 0);
for my $i (0 .. $#texts) {
    my @got = map { my ($w, $t) = /^(.*)\/([^\/]+)$/; [$w, $penn{$t} // $t] }
              split / /, $tagger->get_readable($texts[$i]);
    my $j = 0;
    for my $g (@{ $gold[$i] }) {
        $total++;
        # Align on the word: Lingua splits a few tokens differently.
        my $k = $j;
        $k++ while $k < @got && $k < $j + 4 && $got[$k][0] ne $g->[0];
        next if $k >= @got || $got[$k][0] ne $g->[0];
        $right++ if $got[$k][1] eq $g->[1];
        $j = $k + 1;
    }
}
printf "Lingua::EN::Tagger accuracy on the sample: %d/%d = %.3f\n", $right, $total, $right / $total;
my $n = 0;
my $t0 = time;
while (time - $t0 < 3) { $tagger->get_readable($_) for @texts; $n += @texts }
printf "Lingua::EN::Tagger speed: %.0f sentences/s\n", $n / (time - $t0);
