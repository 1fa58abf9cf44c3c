using Kinora.Core;

namespace Kinora.Audio;

/// <summary>White noise from a seeded PCG stream: the only randomness in the soundtrack.</summary>
internal struct NoiseSource
{
    Pcg32 rng;

    public NoiseSource(Pcg32 rng) => this.rng = rng;

    /// <summary>Uniform in [-1, 1).</summary>
    public float Next() => (int)rng.NextUInt() * (1f / 2147483648f);

    /// <summary>A fresh, independent stream drawn from <paramref name="parent"/>, so that one layer's channels decorrelate.</summary>
    public static Pcg32 Split(ref Pcg32 parent)
    {
        ulong seed = ((ulong)parent.NextUInt() << 32) | parent.NextUInt();
        ulong stream = ((ulong)parent.NextUInt() << 32) | parent.NextUInt();
        return new Pcg32(seed, stream);
    }
}
