using Kinora.Core;
using Kinora.Production;

namespace Kinora.Audio.Tests;

public sealed class DialogueTrackTests
{
    static DialogueTrack Build(Kinora.Production.Production production) =>
        DialogueTrack.Build(production, new SpeechSynthesizer("espeak-ng", 2), CancellationToken.None);

    static Kinora.Production.Production OneScene(params Beat[] beats) =>
        TestFilms.Make(1, TestFilms.Scene(0, "INT. COTTAGE - DAY", TestFilms.Cottage, true, 10, "clear", 0, 12, beats));

    [Fact]
    public void A_line_too_long_for_its_beat_is_sped_up_and_still_ends_before_the_beat_and_the_next_speaker()
    {
        const string speech = "I have told you a hundred times already that the lamp will not light itself, and nobody listens to me.";
        var track = Build(OneScene(
            TestFilms.Line(0, 0.5, 3.0, "ADA", speech),
            TestFilms.Line(1, 2.6, 5.0, "BEN", "Fine.")));
        var ada = track.Clips[0].Line;
        var ben = track.Clips[1].Line;
        Assert.InRange(ada.Start, 0.64, 0.66);
        Assert.True(ada.End < 2.6 + DialogueTrack.LeadIn, $"ADA runs on to {ada.End:F3} s, over BEN at {ben.Start:F3} s");
        Assert.True(ada.End <= 3.0);
        Assert.True(ada.Duration > 1.5, "the line was fitted, not thrown away");
        Assert.True(ben.Start >= ada.End);
    }

    [Fact]
    public void Whispers_are_quieter_and_shouts_louder_than_plain_lines()
    {
        const string text = "Keep your voice down, they can hear us.";
        var track = Build(OneScene(
            TestFilms.Line(0, 0, 4, "ADA", text),
            TestFilms.Line(1, 4, 8, "ADA", text, "whispering"),
            TestFilms.Line(2, 8, 12, "ADA", text, "shouting")));
        double Rms(DialogueClip c) => 10 * Math.Log10(c.Samples.Average(s => (double)s * s));
        double plain = Rms(track.Clips[0]), whisper = Rms(track.Clips[1]), shout = Rms(track.Clips[2]);
        Assert.True(whisper < plain - 6, $"whisper {whisper:F1} dB vs plain {plain:F1} dB");
        Assert.True(shout > plain + 3, $"shout {shout:F1} dB vs plain {plain:F1} dB");
        Assert.True(track.Clips[2].Line.Duration < track.Clips[0].Line.Duration, "a shout comes out faster");
    }

    [Fact]
    public void Text_that_looks_like_an_option_is_spoken_not_parsed()
    {
        var track = Build(OneScene(TestFilms.Line(0, 0, 4, "ADA", "-v --help \"quoted\" $(rm -rf /) *emphasis*")));
        Assert.Single(track.Clips);
        Assert.True(track.Clips[0].Line.Duration > 1.0);
        Assert.Equal("-v --help \"quoted\" $(rm -rf /) emphasis", track.Clips[0].Line.Text);
    }

    [Fact]
    public void An_unknown_voice_is_reported_as_bad_input()
    {
        var production = OneScene(TestFilms.Line(0, 0, 4, "ADA", "Hello."));
        var bible = production.Bible with { Cast = [TestFilms.Member("ADA", new Voice("xx-nowhere", 50, 160))] };
        var error = Assert.Throws<InputException>(() => Build(production with { Bible = bible }));
        Assert.Contains("xx-nowhere", error.Message);
    }

    [Fact]
    public void A_speaker_missing_from_the_bible_still_gets_a_fixed_voice()
    {
        var production = OneScene(TestFilms.Line(0, 0, 4, "STRANGER", "Who goes there?"), TestFilms.Line(1, 4, 8, "STRANGER", "Who goes there?"));
        var track = Build(production);
        Assert.Equal(2, track.Clips.Length);
        Assert.Equal(track.Clips[0].Samples, track.Clips[1].Samples);
    }

    [Theory]
    [InlineData(null, "normal")]
    [InlineData("whispering", "whisper")]
    [InlineData("shouting", "shout")]
    [InlineData("yelling, furious", "shout")]
    [InlineData("to herself", "aside")]
    [InlineData("quietly", "aside")]
    [InlineData("beat", "normal")]
    public void Parentheticals_choose_a_delivery(string? parenthetical, string delivery) =>
        Assert.Equal(delivery, Delivery.From(parenthetical).Name);
}
