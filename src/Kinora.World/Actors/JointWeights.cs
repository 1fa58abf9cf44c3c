using System.Numerics;

namespace Kinora.World;

/// <summary>Up to four joints influencing a vertex, weights summing to 1, heaviest first.</summary>
readonly record struct JointWeights(byte J0, byte J1, byte J2, byte J3, Vector4 W)
{
    public static JointWeights One(BodyJoint j) => new((byte)j, 0, 0, 0, new Vector4(1, 0, 0, 0));

    /// <summary>Merges repeated joints, keeps the four heaviest and normalises.</summary>
    public static JointWeights Of(params (BodyJoint Joint, float Weight)[] parts)
    {
        Span<float> sum = stackalloc float[BodyJoints.Count];
        foreach (var (j, w) in parts) if (w > 0) sum[(int)j] += w;
        Span<int> best = [-1, -1, -1, -1];
        for (int j = 0; j < BodyJoints.Count; j++)
        {
            if (sum[j] <= 1e-4f) continue;
            for (int s = 0; s < 4; s++)
            {
                if (best[s] >= 0 && sum[best[s]] >= sum[j]) continue;
                for (int m = 3; m > s; m--) best[m] = best[m - 1];
                best[s] = j;
                break;
            }
        }
        if (best[0] < 0) return One(BodyJoint.Root);
        float total = 0;
        for (int s = 0; s < 4; s++) if (best[s] >= 0) total += sum[best[s]];
        Span<float> ws = stackalloc float[4];
        Span<byte> j4 = stackalloc byte[4];
        for (int s = 0; s < 4; s++)
        {
            ws[s] = best[s] >= 0 ? sum[best[s]] / total : 0;
            j4[s] = (byte)Math.Max(best[s], 0);
        }
        return new(j4[0], j4[1], j4[2], j4[3], new Vector4(ws[0], ws[1], ws[2], ws[3]));
    }

    /// <summary>a blended toward b by u (0..1).</summary>
    public static JointWeights Mix(JointWeights a, JointWeights b, float u) => Of(
        ((BodyJoint)a.J0, a.W.X * (1 - u)), ((BodyJoint)a.J1, a.W.Y * (1 - u)), ((BodyJoint)a.J2, a.W.Z * (1 - u)), ((BodyJoint)a.J3, a.W.W * (1 - u)),
        ((BodyJoint)b.J0, b.W.X * u), ((BodyJoint)b.J1, b.W.Y * u), ((BodyJoint)b.J2, b.W.Z * u), ((BodyJoint)b.J3, b.W.W * u));
}
