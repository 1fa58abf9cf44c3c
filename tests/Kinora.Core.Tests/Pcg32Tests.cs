namespace Kinora.Core.Tests;

public sealed class Pcg32Tests
{
    [Fact]
    public void The_same_seed_and_id_give_the_same_stream()
    {
        var a = Pcg32.For(42, "cast/ADA");
        var b = Pcg32.For(42, "cast/ADA");
        for (int i = 0; i < 100; i++) Assert.Equal(a.NextUInt(), b.NextUInt());
    }

    [Fact]
    public void Another_id_or_seed_gives_another_stream()
    {
        var a = Pcg32.For(42, "cast/ADA");
        var b = Pcg32.For(42, "cast/TOM");
        var c = Pcg32.For(43, "cast/ADA");
        uint x = a.NextUInt();
        Assert.NotEqual(x, b.NextUInt());
        Assert.NotEqual(x, c.NextUInt());
    }

    [Fact]
    public void Known_first_values_never_change_between_versions()
    {
        // Films must re-render identically across releases: pin the generator's output.
        var r = new Pcg32(42, 54);
        Assert.Equal(0xa15c02b7u, r.NextUInt());
        Assert.Equal(0x7b47f409u, r.NextUInt());
    }

    [Fact]
    public void Bounded_draws_stay_in_range_and_are_roughly_uniform()
    {
        var r = Pcg32.For(7, "test");
        var counts = new int[6];
        for (int i = 0; i < 60000; i++) counts[r.Next(6)]++;
        Assert.All(counts, c => Assert.InRange(c, 9400, 10600));
    }

    [Fact]
    public void A_colour_parses_from_hex_and_converts_to_linear()
    {
        Assert.True(Rgb.TryParse("#ff8000", out var c));
        Assert.Equal(new Rgb(255, 128, 0), c);
        Assert.Equal(1f, c.Linear.X, 3);
        Assert.InRange(c.Linear.Y, 0.21f, 0.22f);
        Assert.False(Rgb.TryParse("#ff80", out _));
        Assert.Equal("#ff8000", c.ToString());
    }
}
