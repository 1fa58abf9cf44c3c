using System.Buffers.Binary;
using Kinora.Production;
using Xunit.Abstractions;

namespace Kinora.Audio.Tests;

public sealed class ScoreTests(ITestOutputHelper output)
{
    /// <summary>Four scenes, one starting at each quarter of a 16 s film: one per act boundary.</summary>
    static Kinora.Production.Production FourScenes(string look = "natural", string? genre = null, long seed = 42)
    {
        var p = TestFilms.Make(seed,
            TestFilms.Scene(0, "EXT. HIGH STREET - DAY", TestFilms.Street, false, 9, "clear", 0, 4,
                TestFilms.Line(0, 0.5, 3.5, "ADA", "Good morning.")),
            TestFilms.Scene(1, "INT. COTTAGE - DAY", TestFilms.Cottage, true, 12, "clear", 4, 8),
            TestFilms.Scene(2, "EXT. ISLAND - NIGHT", TestFilms.Island, false, 23, "storm", 8, 12,
                TestFilms.Act(0, 8, 11, "BEN", "run")),
            TestFilms.Scene(3, "INT. COTTAGE - DAY", TestFilms.Cottage, true, 10, "clear", 12, 16));
        var title = genre is null ? p.Screenplay.TitlePage : [new KeyValuePair<string, string>("Genre", genre)];
        return p with
        {
            Bible = p.Bible with { Style = new Style(look, 0) },
            Screenplay = p.Screenplay with { TitlePage = [.. title] },
        };
    }

    [Fact]
    public void Each_scene_has_a_cue_that_starts_and_ends_on_its_cuts()
    {
        var p = FourScenes();
        var score = ScoreComposer.Compose(p);
        Assert.Equal(p.Scenes.Length, score.Cues.Length);
        for (int i = 0; i < p.Scenes.Length; i++)
        {
            var cue = score.Cues[i];
            output.WriteLine($"{cue.Heading}: {cue.Key}, {cue.Bpm:F1} bpm, {cue.Beats} beats, tension {cue.Tension:F2}, act {cue.Act + 1}");
            Assert.Equal(p.Scenes[i].Start, score.SecondsAt(cue.StartTick), 3);
            Assert.Equal(p.Scenes[i].End, cue.Start + cue.Beats * cue.MicrosecondsPerQuarter / 1e6, 3);
            Assert.InRange(cue.Bpm, 60, 140);
            // Every note of the cue sounds inside it.
            Assert.All(score.Notes.Where(n => n.Start >= cue.StartTick && n.Start < cue.EndTick(score.TicksPerQuarter)),
                n => Assert.True(n.End <= cue.EndTick(score.TicksPerQuarter)));
        }
    }

    [Fact]
    public void The_key_moves_for_the_second_act_and_comes_home_for_the_third()
    {
        var cues = ScoreComposer.Compose(FourScenes()).Cues;
        Assert.Equal([0, 1, 1, 2], cues.Select(c => c.Act));
        Assert.NotEqual(cues[0].Tonic, cues[1].Tonic);
        Assert.Equal(cues[1].Tonic, cues[2].Tonic);
        Assert.Equal(cues[0].Tonic, cues[3].Tonic);
        // The stormy night run is the tensest scene, and its music is minor and faster.
        Assert.Equal(cues.MaxBy(c => c.Tension), cues[2]);
        Assert.True(cues[2].Minor);
        Assert.True(cues[2].Bpm > cues[0].Bpm);
    }

    [Theory]
    [InlineData("noir", null, "noir", 66, 32, 40)]
    [InlineData("natural", "Psychological thriller", "cold", 92, 43, 48)]
    [InlineData("warm", null, "warm", 73, 32, 0)]
    [InlineData("natural", "Comedy", "pastel", 71, 70, 0)]
    public void The_genre_picks_the_band(string look, string? genre, string palette, int melody, int bass, int kit)
    {
        var score = ScoreComposer.Compose(FourScenes(look, genre));
        Assert.Equal(palette, score.Genre);
        int Program(int channel) => score.Controls.First(c => c.Channel == channel && c.Controller == ScoreControl.Program).Value;
        Assert.Equal(melody, Program(0));
        Assert.Equal(bass, Program(3));
        Assert.Equal(kit, Program(9));
    }

    [Theory]
    [InlineData("natural")]
    [InlineData("noir")]
    [InlineData("cold")]
    [InlineData("warm")]
    [InlineData("documentary")]
    [InlineData("pastel")]
    public void No_note_is_struck_again_before_it_is_released(string look)
    {
        var score = ScoreComposer.Compose(FourScenes(look));
        foreach (var voice in score.Notes.GroupBy(n => (n.Channel, n.Key)))
        {
            var notes = voice.OrderBy(n => n.Start).ToArray();
            for (int i = 0; i < notes.Length; i++)
            {
                Assert.True(notes[i].End > notes[i].Start, $"{look}: an empty note");
                if (i > 0) Assert.True(notes[i].Start >= notes[i - 1].End, $"{look}: channel {voice.Key.Channel} key {voice.Key.Key} at tick {notes[i].Start}");
            }
        }
        Assert.All(score.Notes, n => Assert.InRange(n.Key, 24, 108));
        Assert.All(score.Notes, n => Assert.InRange(n.Velocity, 1, 127));
    }

    [Fact]
    public void The_melody_rests_while_anyone_speaks()
    {
        var p = FourScenes();
        var score = ScoreComposer.Compose(p);
        var melody = score.Notes.Where(n => n.Channel == 0).ToArray();
        Assert.NotEmpty(melody);
        foreach (var line in p.Scenes.SelectMany(s => s.Beats).Where(b => b.Kind == BeatKind.Dialogue))
            Assert.DoesNotContain(melody, n => score.SecondsAt(n.Start) < line.End && score.SecondsAt(n.End) > line.Start);
    }

    [Fact]
    public void The_midi_file_is_a_well_formed_format_1_file_with_a_track_per_part()
    {
        var score = ScoreComposer.Compose(FourScenes());
        var bytes = StandardMidiFile.Write(score);
        Assert.Equal("MThd"u8.ToArray(), bytes[..4]);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(8)));
        int tracks = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(10));
        Assert.Equal(1 + score.Parts.Length, tracks);
        Assert.Equal(480, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(12)));
        int pos = 14;
        for (int t = 0; t < tracks; t++)
        {
            Assert.Equal("MTrk"u8.ToArray(), bytes[pos..(pos + 4)]);
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(pos + 4));
            pos += 8 + length;
            Assert.Equal([0xFF, 0x2F, 0x00], bytes[(pos - 3)..pos]);
        }
        Assert.Equal(bytes.Length, pos);
    }

    [Fact]
    public void The_score_is_the_same_bytes_and_the_same_samples_every_time()
    {
        var p = FourScenes();
        var first = StandardMidiFile.Write(ScoreComposer.Compose(p));
        Assert.Equal(first, StandardMidiFile.Write(ScoreComposer.Compose(p)));
        Assert.NotEqual(first, StandardMidiFile.Write(ScoreComposer.Compose(FourScenes(seed: 43))));

        string dir = Directory.CreateTempSubdirectory("kinora-score-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "score.mid"), first);
            var options = SoundtrackOptions.Default;
            FluidSynth.Render(options.FluidSynth, options.SoundFont, Path.Combine(dir, "score.mid"), Path.Combine(dir, "a.raw"), 0.5, default);
            FluidSynth.Render(options.FluidSynth, options.SoundFont, Path.Combine(dir, "score.mid"), Path.Combine(dir, "b.raw"), 0.5, default);
            var a = File.ReadAllBytes(Path.Combine(dir, "a.raw"));
            Assert.Equal(a, File.ReadAllBytes(Path.Combine(dir, "b.raw")));
            double lufs = MusicTrack.Loudness(Path.Combine(dir, "a.raw"), 16 * 48000);
            output.WriteLine($"{a.Length / 8 / 48000.0:F2} s rendered at {lufs:F1} LUFS");
            Assert.True(a.Length / 8 >= 16 * 48000, "the rendering covers the film");
            Assert.InRange(lufs, -45, -5);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_missing_soundfont_is_reported_with_the_package_that_has_it()
    {
        var options = SoundtrackOptions.Default with { SoundFont = "/nonexistent/FluidR3_GM.sf2" };
        string dir = Directory.CreateTempSubdirectory("kinora-score-").FullName;
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => SoundtrackMixer.Mix(FourScenes(), Path.Combine(dir, "x.wav"), options));
            Assert.Contains("fluid-soundfont-gm", e.Message);
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
