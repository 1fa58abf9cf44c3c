using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// Ambient light from the sky as nine spherical-harmonic coefficients (order 2, Ramamoorthi and Hanrahan's
/// irradiance environment map): the sky the sky pass draws (its gradient, the sun's glow, the clouds' cover,
/// the moon's glow at night) above the horizon and the ground's bounce of sun and sky below it, projected on the
/// CPU once per frame and convolved with the cosine lobe. The shader evaluates them for a normal in nine
/// multiply-adds and gets the radiance a white Lambert surface facing that way reflects, in the units of
/// <see cref="Lighting.SunColour"/>.
/// </summary>
static class SkyIrradiance
{
    /// <summary>The ground's albedo for the bounce: asphalt, grass and paving average about this in linear terms.</summary>
    public const float GroundAlbedo = 0.14f;

    const int Rings = 32, Segments = 64;

    /// <summary>
    /// The coefficients, premultiplied by their basis constants and the cosine lobe's, in the order common.glsl's
    /// skyAmbientEven and scene.frag's skyAmbient read them: 1, y, z, x, xy, yz, 3z² − 1, xz, x² − y² (GL axes, +Y up).
    /// Inside, the open sky's light is replaced by the room's fill (<see cref="Lighting.Ambient"/>), coming mostly from
    /// above and the windows' side and scattered round by the walls.
    /// </summary>
    public static Vector3[] For(Lighting light, float rain, float night, bool interior)
    {
        var toward = light.SunDirection.LengthSquared() > 1e-8f ? Vector3.Normalize(light.SunDirection) : Vector3.UnitY;
        var radiance = new Vector3[9];
        float cloud = CloudShare(float.Lerp(0.58f, 0.28f, rain));
        // First the sky alone, so the ground below can bounce what falls on it (irradiance / π on an upward face).
        Project(dir => dir.Y > 0 ? Sky(light, toward, dir, rain, night, cloud) : Vector3.Zero, radiance);
        var skyUp = Evaluate(Convolve(radiance), Vector3.UnitY);
        var sunOnGround = light.SunColour * MathF.Max(toward.Y, 0f) * 0.85f; // some of the ground lies in shade
        var ground = (sunOnGround + skyUp) * GroundAlbedo;
        Array.Clear(radiance);
        Project(dir => dir.Y > 0 ? Sky(light, toward, dir, rain, night, cloud) : ground, radiance);
        var coefficients = Convolve(radiance);
        if (interior)
        {
            // The room's fill at the level the World stage gives it, half of it directional (the sky's shape) and
            // half even (light scattered off walls, floor and ceiling).
            float sky = Luma(Evaluate(coefficients, Vector3.UnitY));
            float scale = sky > 1e-6f ? Luma(light.Ambient) / sky : 0f;
            for (int i = 0; i < 9; i++) coefficients[i] *= scale * (i == 0 ? 1f : 0.5f);
        }
        return coefficients;
    }

    /// <summary>The coefficients of any radiance over the sphere (the same projection and convolution).</summary>
    public static Vector3[] FromRadiance(Func<Vector3, Vector3> radiance)
    {
        var c = new Vector3[9];
        Project(radiance, c);
        return Convolve(c);
    }

    /// <summary>Irradiance / π for the unit normal n: what scene.frag's skyAmbient computes.</summary>
    public static Vector3 Evaluate(ReadOnlySpan<Vector3> c, Vector3 n) =>
        c[0] + c[1] * n.Y + c[2] * n.Z + c[3] * n.X + c[4] * (n.X * n.Y) + c[5] * (n.Y * n.Z)
        + c[6] * (3 * n.Z * n.Z - 1) + c[7] * (n.X * n.Z) + c[8] * (n.X * n.X - n.Y * n.Y);

    /// <summary>The sky's radiance toward dir, as sky.frag draws it with the sun's disk left out (the sun lights directly).</summary>
    /// <param name="cloudShare">the share of the sky the clouds cover (CloudShare of the rain's cover)</param>
    static Vector3 Sky(Lighting light, Vector3 toward, Vector3 dir, float rain, float night, float cloudShare)
    {
        float up = dir.Y;
        var sky = Vector3.Lerp(light.SkyHorizon, light.SkyZenith, MathF.Sqrt(Math.Clamp(up, 0f, 1f)));
        float day = 1 - night;
        float cosSun = MathF.Max(Vector3.Dot(dir, toward), 0f);
        if (day > 0)
        {
            float c8 = cosSun * cosSun; c8 *= c8; c8 *= c8;
            sky += light.SunColour * (0.35f * MathF.Pow(cosSun, 180f) + 0.12f * c8) * day;
        }
        if (night > 0) sky += new Vector3(0.9f, 0.92f, 1f) * (0.04f * MathF.Pow(cosSun, 60f)) * night;
        // The clouds as the sky pass draws them, by the share of the sky they cover on average.
        float cloud = cloudShare * SmoothStep(0f, 0.15f, up);
        float lit = 0.75f + 0.25f * Math.Clamp(toward.Y + Vector3.Dot(dir, toward) * 0.5f, 0f, 1f);
        var cloudColour = (light.SkyHorizon * 0.9f + light.SunColour * 0.18f * day + light.Ambient) * lit;
        cloudColour = Vector3.Lerp(cloudColour, cloudColour * 0.55f, rain);
        return Vector3.Lerp(sky, cloudColour, cloud * 0.85f);
    }

    /// <summary>
    /// The mean of smoothstep(cover, cover + 0.25, n) over the sky, with the clouds' fbm taken as normal with mean
    /// 0.5 and deviation 0.13 (three octaves of value noise weighted 0.55, 0.3, 0.15, each of deviation about 0.2).
    /// </summary>
    static float CloudShare(float cover)
    {
        double sum = 0, weight = 0;
        for (int i = -40; i <= 40; i++)
        {
            double z = i / 10.0, w = Math.Exp(-0.5 * z * z);
            sum += w * SmoothStep(cover, cover + 0.25f, (float)(0.5 + 0.13 * z));
            weight += w;
        }
        return (float)(sum / weight);
    }

    /// <summary>Projects radiance over the sphere onto the nine basis functions (midpoint rule in cos θ and φ: equal solid angles).</summary>
    static void Project(Func<Vector3, Vector3> radiance, Vector3[] c)
    {
        float dOmega = 4 * MathF.PI / (Rings * Segments);
        for (int r = 0; r < Rings; r++)
        {
            float y = 1 - 2 * (r + 0.5f) / Rings;
            float s = MathF.Sqrt(MathF.Max(0f, 1 - y * y));
            for (int k = 0; k < Segments; k++)
            {
                float phi = 2 * MathF.PI * (k + 0.5f) / Segments;
                var d = new Vector3(s * MathF.Cos(phi), y, s * MathF.Sin(phi));
                var L = radiance(d) * dOmega;
                c[0] += L * 0.282095f;
                c[1] += L * (0.488603f * d.Y);
                c[2] += L * (0.488603f * d.Z);
                c[3] += L * (0.488603f * d.X);
                c[4] += L * (1.092548f * d.X * d.Y);
                c[5] += L * (1.092548f * d.Y * d.Z);
                c[6] += L * (0.315392f * (3 * d.Z * d.Z - 1));
                c[7] += L * (1.092548f * d.X * d.Z);
                c[8] += L * (0.546274f * (d.X * d.X - d.Y * d.Y));
            }
        }
    }

    /// <summary>Radiance coefficients to irradiance / π, with each basis constant folded in for Evaluate.</summary>
    static Vector3[] Convolve(ReadOnlySpan<Vector3> L)
    {
        // Â_l / π: 1, 2/3, 1/4 for bands 0, 1, 2.
        const float a0 = 1f, a1 = 2f / 3f, a2 = 0.25f;
        return
        [
            L[0] * (a0 * 0.282095f),
            L[1] * (a1 * 0.488603f),
            L[2] * (a1 * 0.488603f),
            L[3] * (a1 * 0.488603f),
            L[4] * (a2 * 1.092548f),
            L[5] * (a2 * 1.092548f),
            L[6] * (a2 * 0.315392f),
            L[7] * (a2 * 1.092548f),
            L[8] * (a2 * 0.546274f),
        ];
    }

    static float Luma(Vector3 c) => Lighting.Luminance(c);

    static float SmoothStep(float e0, float e1, float x)
    {
        float t = Math.Clamp((x - e0) / (e1 - e0), 0f, 1f);
        return t * t * (3 - 2 * t);
    }
}
