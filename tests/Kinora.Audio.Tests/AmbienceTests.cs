using Kinora.Core;
using Kinora.Production;

namespace Kinora.Audio.Tests;

public sealed class AmbienceTests
{
    public static TheoryData<string> Layers => ["surf", "wind", "rain", "traffic", "room", "clatter", "birds", "crickets"];

    static IAmbienceLayer Layer(string name) => name switch
    {
        "surf" => new SurfLayer(Pcg32.For(1, name), 0, 0),
        "wind" => new WindLayer(Pcg32.For(1, name), 0, 500, 0.7, 0, 0),
        "rain" => new RainLayer(Pcg32.For(1, name), 0, 1, false),
        "traffic" => new TrafficLayer(Pcg32.For(1, name), 0, 6, 3),
        "room" => new RoomToneLayer(Pcg32.For(1, name), 0, 50, -6),
        "clatter" => new ClatterLayer(Pcg32.For(1, name), 0, 30),
        "birds" => new BirdsLayer(Pcg32.For(1, name), 0, 5),
        "crickets" => new CricketsLayer(Pcg32.For(1, name), 0, 6),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_layer_at_0_dB_is_calibrated_to_about_minus_20_LUFS(string name)
    {
        var l = new float[48000 * 30];
        var r = new float[l.Length];
        Layer(name).AddTo(l, r);
        var meter = new LoudnessMeter();
        meter.Add(l, r);
        Assert.InRange(meter.IntegratedLufs, -24, -16);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_sounds_the_same_however_its_blocks_are_cut(string name)
    {
        int n = 48000 * 3;
        var wholeL = new float[n]; var wholeR = new float[n];
        Layer(name).AddTo(wholeL, wholeR);
        var l = new float[n]; var r = new float[n];
        var layer = Layer(name);
        int at = 0, size = 1;
        while (at < n)
        {
            int count = Math.Min(size, n - at);
            layer.AddTo(l.AsSpan(at, count), r.AsSpan(at, count));
            at += count;
            size = size * 3 % 7919 + 1;
        }
        Assert.Equal(wholeL, l);
        Assert.Equal(wholeR, r);
    }

    [Fact]
    public void Beds_follow_place_weather_and_hour()
    {
        string[] Names(LocationKind kind, bool interior, double hour, string weather) =>
            [.. SceneAmbience.For(TestFilms.Scene(0, "X", new LocationSpec("X", kind, 1, 50, 180), interior, hour, weather, 0, 10), 1).LayerNames];

        Assert.Equal(["surf", "wind", "crickets"], Names(LocationKind.Island, false, 23, "clear"));
        Assert.Equal(["wind", "birds"], Names(LocationKind.Forest, false, 6.5, "clear"));
        Assert.Equal(["traffic", "wind", "rain"], Names(LocationKind.Street, false, 14, "rain"));
        Assert.Equal(["room", "clatter"], Names(LocationKind.Kitchen, true, 9, "clear"));
        Assert.Equal(["room", "rain", "wind"], Names(LocationKind.Interior, true, 22, "storm"));
        Assert.Equal(["wind"], Names(LocationKind.Desert, false, 13, "clear"));
    }

    [Fact]
    public void The_bed_for_a_film_is_the_same_however_it_is_rendered()
    {
        var production = TestFilms.TwoScenes();
        long frames = (long)(production.Duration * 48000);
        float[] Render(int block)
        {
            var bed = new AmbienceBed(production, frames);
            var all = new float[frames];
            var right = new float[block];
            for (long at = 0; at < frames; at += block)
            {
                int n = (int)Math.Min(block, frames - at);
                bed.Render(all.AsSpan((int)at, n), right.AsSpan(0, n));
            }
            return all;
        }
        Assert.Equal(Render(4800), Render(1000));
    }
}
