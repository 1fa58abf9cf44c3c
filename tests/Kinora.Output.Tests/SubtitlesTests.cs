using Kinora.Audio;
using Kinora.Output.Exports;

namespace Kinora.Output.Tests;

public sealed class SubtitlesTests
{
    static readonly SpokenLine[] Lines =
    [
        new("TOM", "Help me!", 1.15, 1.9),
        new("ADA", "Give me *your* hand!", 2.0, 3.25),
        new("ADA", "Now.", 62.5, 63.0),
    ];

    [Fact]
    public void Srt_cues_start_with_the_voice_and_never_run_into_the_next_line()
    {
        string srt = Subtitles.Srt(Lines);
        Assert.Equal("""
            1
            00:00:01,150 --> 00:00:02,000
            Help me!

            2
            00:00:02,000 --> 00:00:03,650
            Give me your hand!

            3
            00:01:02,500 --> 00:01:03,400
            Now.


            """.Replace("\r", ""), srt);
    }

    [Fact]
    public void Vtt_names_the_speaker_as_a_voice()
    {
        string vtt = Subtitles.Vtt(Lines);
        Assert.StartsWith("WEBVTT\n\n", vtt);
        Assert.Contains("00:00:01.150 --> 00:00:02.000\n<v TOM>Help me!\n", vtt);
        Assert.Contains("<v ADA>Give me your hand!", vtt);
    }

    [Fact]
    public void No_lines_give_an_empty_but_valid_file()
    {
        Assert.Equal("", Subtitles.Srt([]));
        Assert.Equal("WEBVTT\n\n", Subtitles.Vtt([]));
    }
}
