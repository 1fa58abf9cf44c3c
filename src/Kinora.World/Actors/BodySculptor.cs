using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// Models a cast member's body as one skinned mesh in the bind pose (<see cref="Rig.BindPose"/>): a lofted torso,
/// neck, head with a face (eyes, brows, nose, ears, lips over a dark mouth that the jaw and lip joints open and
/// shape), arms with mitten hands, legs and shoes; wardrobe layers over it (coat, raincoat, jacket and suit skirts,
/// a dress, an apron, a tie, hats, a hood, a space helmet) and hair (short, long, braid, bun). Proportions follow
/// the skeleton (height, build); a few face proportions vary per character from (seed, name). Weights blend
/// smoothly across each joint, at most four joints a vertex.
/// </summary>
public static class BodySculptor
{
    /// <summary>Material slots of a body.</summary>
    public const byte Skin = 0, Hair = 1, Top = 2, Bottom = 3, Shoes = 4, Iris = 5, EyeWhite = 6, Lips = 7, Mouth = 8, Hat = 9, Apron = 10, Visor = 11;

    /// <summary>The body of a cast member; materials are indexed by the slot constants.</summary>
    public static BodyMesh Sculpt(CastMember member, Skeleton skeleton, long seed, ImmutableArray<Material> materials)
    {
        var bind = Rig.BindPose(skeleton);
        Span<Matrix4x4> frames = stackalloc Matrix4x4[BodyJoints.Count];
        Rig.Frames(skeleton, bind, MouthShape.Rest, frames);
        var inverse = new Matrix4x4[BodyJoints.Count];
        for (int j = 0; j < inverse.Length; j++) Matrix4x4.Invert(frames[j], out inverse[j]);
        var dice = Pcg32.For(seed, "face:" + member.Name);
        var face = new Face(dice.RangeF(0.88f, 1.08f), dice.RangeF(0.8f, 1.2f), dice.RangeF(0.95f, 1.05f), dice.RangeF(0.9f, 1.1f));
        var levels = ImmutableArray.Create(
            new Sculpture(member, skeleton, bind, face, 1f, true).Build(),
            new Sculpture(member, skeleton, bind, face, 0.5f, false).Build());
        return new BodyMesh(member.Name, materials, [.. inverse], levels, skeleton.Height);
    }

    /// <summary>Per-character face proportions: jaw width, nose length, head width, eye spacing.</summary>
    readonly record struct Face(float Jaw, float Nose, float Width, float EyeSpacing);

    sealed class Sculpture(CastMember m, Skeleton k, BodyPose bind, Face face, float detail, bool features)
    {
        readonly MeshWriter mesh = new();
        readonly float h = k.Height;
        readonly float gw = (0.85f + 0.15f * k.Girth) * (m.Top == "spacesuit" ? 1.2f : 1f);
        readonly float lw = (0.8f + 0.2f * k.Girth) * (m.Top == "spacesuit" ? 1.25f : 1f);
        float P => bind.Pelvis.Y;

        int Segments(int full) => Math.Max(4, (int)MathF.Round(full * detail));

        public BodyMeshLevel Build()
        {
            Torso();
            Neck();
            Head();
            foreach (float side in new[] { -1f, 1f })
            {
                Arm(side);
                Hand(side);
                Leg(side);
                Shoe(side);
            }
            Wardrobe();
            HairAndHat();
            return mesh.Build();
        }

        static float Smooth(float e0, float e1, float x)
        {
            float t = Math.Clamp((x - e0) / (e1 - e0), 0f, 1f);
            return t * t * (3 - 2 * t);
        }

        static BodyJoint Sided(float side, BodyJoint left, BodyJoint right) => side < 0 ? left : right;

        /// <summary>
        /// A loft: each ring is an ellipse round a centre in the plane of (side, front), half-width along side,
        /// depth toward front and back; columns start at the front and go round toward side.
        /// </summary>
        void Loft(IReadOnlyList<(Vector3 Centre, Vector3 Side, Vector3 Front, float Half, float FrontDepth, float BackDepth, byte Material)> rings,
            int columns, Func<Vector3, int, JointWeights> weigh, bool capStart, bool capEnd, float capBulge = 0.4f)
        {
            Vector3 Point(int r, int c)
            {
                var x = rings[r];
                float a = MathF.Tau * c / columns;
                float cos = MathF.Cos(a), sin = MathF.Sin(a);
                return x.Centre + x.Side * (x.Half * sin) + x.Front * (cos * (cos > 0 ? x.FrontDepth : x.BackDepth));
            }
            (Vector3, JointWeights, byte)? Cap(int r, int towardR)
            {
                var x = rings[r];
                var axis = x.Centre - rings[towardR].Centre;
                axis = axis.LengthSquared() > 1e-12f ? Vector3.Normalize(axis) : Vector3.UnitY;
                var p = x.Centre + axis * (capBulge * MathF.Min(x.Half, (x.FrontDepth + x.BackDepth) * 0.5f));
                return (p, weigh(p, r), x.Material);
            }
            // Where the material changes from one ring to the next (a sleeve ending at the wrist), the next ring is
            // repeated in the first one's material: the cloth runs right up to it and the seam is a clean ring. A
            // span between rings of two materials would give each triangle the material of its provoking vertex, a
            // sawtooth of cloth and skin.
            var rows = new List<(int Ring, byte Material)>(rings.Count + 2);
            for (int r = 0; r < rings.Count; r++)
            {
                if (r > 0 && rings[r].Material != rings[r - 1].Material) rows.Add((r, rings[r - 1].Material));
                rows.Add((r, rings[r].Material));
            }
            mesh.Grid(rows.Count, columns, true, (row, c) =>
            {
                var (r, material) = rows[row];
                var p = Point(r, c);
                return (p, weigh(p, r), material);
            }, capStart ? Cap(0, 1) : null, capEnd ? Cap(rings.Count - 1, rings.Count - 2) : null);
        }

        /// <summary>
        /// An ellipsoid shell round centre (right, up, front axes; front and back depths may differ) between
        /// latitudes lowest(column angle) and highest, closed at a pole it reaches; shape bends each point.
        /// </summary>
        void Ellipsoid(Vector3 centre, Vector3 right, Vector3 up, Vector3 front, float rx, float ry, float rFront, float rBack,
            int rows, int columns, Func<float, float> lowest, float highest, Func<Vector3, JointWeights> weigh, byte material,
            Func<Vector3, Vector3>? shape = null)
        {
            shape ??= p => p;
            const float Pole = MathF.PI / 2 - 1e-3f;
            Vector3 At(float lat, float a)
            {
                float cl = MathF.Cos(lat), ca = MathF.Cos(a);
                return shape(centre + right * (rx * cl * MathF.Sin(a)) + up * (ry * MathF.Sin(lat)) + front * (cl * ca * (ca > 0 ? rFront : rBack)));
            }
            float minAll = float.MaxValue;
            for (int c = 0; c < columns; c++) minAll = MathF.Min(minAll, lowest(MathF.Tau * c / columns));
            bool bottomPole = minAll <= -Pole, topPole = highest >= Pole;
            float Lat(int r, float a)
            {
                float lo = MathF.Max(lowest(a), -Pole), hi = MathF.Min(highest, Pole);
                float u = (r + (bottomPole ? 1f : 0f)) / (rows - 1 + (bottomPole ? 1f : 0f) + (topPole ? 1f : 0f));
                return lo + (hi - lo) * u;
            }
            mesh.Grid(rows, columns, true, (r, c) =>
            {
                float a = MathF.Tau * c / columns;
                var p = At(Lat(r, a), a);
                return (p, weigh(p), material);
            },
            bottomPole ? (shape(centre - up * ry), weigh(shape(centre - up * ry)), material) : null,
            topPole ? (shape(centre + up * ry), weigh(shape(centre + up * ry)), material) : null);
        }

        // ---- Torso, neck, head ---------------------------------------------------------------------------------

        void Torso()
        {
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            float shoulder = k.ShoulderHalfWidth / h + 0.012f;
            (float Y, float Half, float F, float B)[] profile =
            [
                (-0.07f, 0.07f, 0.05f, 0.055f), (-0.045f, 0.095f, 0.06f, 0.068f), (-0.01f, 0.104f, 0.064f, 0.072f), (0.04f, 0.096f, 0.06f, 0.062f),
                (0.09f, 0.09f, 0.058f, 0.055f), (0.14f, 0.1f, 0.066f, 0.058f), (0.19f, 0.11f, 0.072f, 0.06f), (0.228f, shoulder - 0.006f, 0.066f, 0.06f),
                (0.248f, shoulder, 0.056f, 0.056f), (0.265f, shoulder - 0.022f, 0.048f, 0.05f), (0.28f, 0.072f, 0.042f, 0.045f), (0.295f, 0.036f, 0.032f, 0.034f),
            ];
            foreach (var (y, half, f, b) in profile)
            {
                float widthScale = y > 0.2f ? 1f : gw;
                byte material = y < 0.0f && m.Top is not ("dress" or "spacesuit") ? Bottom : Top;
                rings.Add((new Vector3(0, P + y * h, 0), Vector3.UnitX, -Vector3.UnitZ, half * h * widthScale, f * h * gw, b * h * gw, material));
            }
            Loft(rings, Segments(24), (p, _) => TorsoWeights(p), true, true, 0.3f);
            mesh.EndPart();
        }

        JointWeights TorsoWeights(Vector3 p)
        {
            float y = (p.Y - P) / h;
            float spine = Smooth(0.02f, 0.09f, y), chest = Smooth(0.13f, 0.21f, y);
            float shoulder = Smooth(0.07f * h, k.ShoulderHalfWidth + 0.01f * h, MathF.Abs(p.X)) * Smooth(0.19f, 0.25f, y);
            float thigh = Smooth(0f, -0.07f, y) * 0.5f * Smooth(0.01f * h, 0.06f * h, MathF.Abs(p.X));
            float side = MathF.Sign(p.X);
            return JointWeights.Of(
                (BodyJoint.Root, (1 - spine) * (1 - thigh)),
                (BodyJoint.Spine, spine * (1 - chest)),
                (BodyJoint.Chest, chest * (1 - shoulder)),
                (Sided(side, BodyJoint.LeftShoulder, BodyJoint.RightShoulder), chest * shoulder * 0.6f),
                (Sided(side, BodyJoint.LeftUpperArm, BodyJoint.RightUpperArm), chest * shoulder * 0.4f),
                (Sided(side, BodyJoint.LeftThigh, BodyJoint.RightThigh), (1 - spine) * thigh));
        }

        void Neck()
        {
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            float r = 0.03f * h * (0.9f + 0.1f * k.Girth);
            foreach (var (y, scale) in new[] { (0.262f, 1.35f), (0.29f, 1.08f), (0.315f, 1f), (0.345f, 1f), (0.37f, 0.9f) })
                rings.Add((new Vector3(0, P + y * h, 0.004f * h), Vector3.UnitX, -Vector3.UnitZ, r * scale, r * scale, r * scale * 1.05f, Skin));
            float headBase = bind.Neck.Y + k.Neck - P;
            Loft(rings, Segments(14), (p, _) =>
            {
                float y = (p.Y - P) / h;
                float neck = Smooth(0.27f, 0.3f, y), head = Smooth(headBase / h - 0.005f, headBase / h + 0.02f, y);
                return JointWeights.Of((BodyJoint.Chest, 1 - neck), (BodyJoint.Neck, neck * (1 - head)), (BodyJoint.Head, neck * head));
            }, false, false);
            mesh.EndPart();
        }

        Vector3 HeadCentre => bind.Head;
        float HeadRx => 0.053f * h * face.Width;
        float HeadRy => 0.068f * h;
        float HeadFront => 0.06f * h;
        float MouthY => HeadCentre.Y - 0.034f * h;

        /// <summary>How much narrower the head is at height y (the jaw and chin taper).</summary>
        float Taper(float y) => 1 - (1 - 0.8f * face.Jaw) * Smooth(HeadCentre.Y - 0.01f * h, HeadCentre.Y - 0.065f * h, y);

        /// <summary>The front surface of the face (z, negative forward) at (x, y) in the bind pose.</summary>
        float FaceZ(float x, float y)
        {
            float s = Math.Clamp((y - HeadCentre.Y) / HeadRy, -0.99f, 0.99f);
            float cl = MathF.Sqrt(1 - s * s);
            float u = Math.Clamp(x / (HeadRx * cl * Taper(y)), -0.99f, 0.99f);
            return HeadCentre.Z - HeadFront * cl * MathF.Sqrt(1 - u * u);
        }

        JointWeights HeadWeights(Vector3 p)
        {
            var c = HeadCentre;
            float jaw = Smooth(MouthY + 0.002f * h, MouthY - 0.012f * h, p.Y) * Smooth(c.Z - 0.015f * h, c.Z - 0.04f * h, p.Z);
            float neck = Smooth(c.Y - 0.045f * h, c.Y - 0.07f * h, p.Y) * (1 - jaw) * 0.5f;
            return JointWeights.Of((BodyJoint.Head, 1 - jaw - neck), (BodyJoint.Jaw, jaw), (BodyJoint.Neck, neck));
        }

        void Head()
        {
            var c = HeadCentre;
            Ellipsoid(c, Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, HeadRx, HeadRy, HeadFront, 0.062f * h,
                Segments(16), Segments(24), _ => -MathF.PI / 2, MathF.PI / 2, HeadWeights, Skin,
                p => new Vector3(c.X + (p.X - c.X) * Taper(p.Y), p.Y, p.Z));
            mesh.EndPart();
            int small = Segments(8);
            foreach (float side in new[] { -1f, 1f })
            {
                // Eyes: a white with a dark iris in front of it, set into the face.
                float ex = side * 0.021f * h * face.EyeSpacing, ey = c.Y + 0.012f * h;
                float ez = FaceZ(ex, ey) + 0.004f * h;
                Ellipsoid(new Vector3(ex, ey, ez), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, 0.0105f * h, 0.0068f * h, 0.0065f * h, 0.006f * h,
                    Math.Max(4, small - 2), small, _ => -MathF.PI / 2, MathF.PI / 2, _ => JointWeights.One(BodyJoint.Head), EyeWhite);
                mesh.EndPart();
                Ellipsoid(new Vector3(ex, ey, ez - 0.0045f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, 0.0046f * h, 0.0046f * h, 0.0032f * h, 0.003f * h,
                    Math.Max(4, small - 2), small, _ => -MathF.PI / 2, MathF.PI / 2, _ => JointWeights.One(BodyJoint.Head), Iris);
                mesh.EndPart();
                if (!features) continue;
                // Brows, in the hair's colour.
                var brow = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
                for (int i = 0; i < 4; i++)
                {
                    float x = side * (0.009f + 0.0085f * i) * h * face.EyeSpacing, y = ey + (0.0115f + 0.002f * MathF.Sin(i * 1.0f)) * h;
                    brow.Add((new Vector3(x, y, FaceZ(x, y) - 0.0008f * h), Vector3.UnitY, -Vector3.UnitZ, 0.0022f * h, 0.0018f * h, 0.0018f * h, Hair));
                }
                Loft(brow, 6, (_, _) => JointWeights.One(BodyJoint.Head), true, true);
                mesh.EndPart();
                // Ears.
                Ellipsoid(new Vector3(side * HeadRx * 0.97f, c.Y - 0.002f * h, c.Z + 0.006f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ,
                    0.006f * h, 0.016f * h, 0.009f * h, 0.01f * h, 5, 8, _ => -MathF.PI / 2, MathF.PI / 2, _ => JointWeights.One(BodyJoint.Head), Skin);
                mesh.EndPart();
            }
            if (!features) return;
            // Nose: from the bridge between the eyes to a tip over the mouth.
            float nose = face.Nose;
            var noseRings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            foreach (var (y, out_, half) in new[] { (0.01f, 0.002f, 0.0055f), (-0.002f, 0.008f * nose, 0.0068f), (-0.013f, 0.015f * nose, 0.0085f), (-0.019f, 0.012f * nose, 0.0075f) })
            {
                float yy = c.Y + y * h;
                noseRings.Add((new Vector3(0, yy, FaceZ(0, yy) + 0.006f * h - out_ * h), Vector3.UnitX, -Vector3.UnitZ, half * h, 0.006f * h, 0.006f * h, Skin));
            }
            Loft(noseRings, 8, (_, _) => JointWeights.One(BodyJoint.Head), true, true);
            mesh.EndPart();
            Mouth();
        }

        /// <summary>Lips over a dark mouth: the upper lip and top of the mouth move with the head, the lower with the jaw, the ends with the corners.</summary>
        void Mouth()
        {
            float half = 0.021f * h * face.Jaw;
            const int Along = 9;
            JointWeights Corner(float x, BodyJoint middle)
            {
                float c = Smooth(0.45f * half, half, MathF.Abs(x));
                return JointWeights.Of((middle, 1 - c), (x < 0 ? BodyJoint.MouthLeft : BodyJoint.MouthRight, c));
            }
            // The dark of the mouth, a sheet just in front of the face, hidden by the lips until they part.
            mesh.Grid(3, Along, false, (r, col) =>
            {
                float x = (col / (float)(Along - 1) * 2 - 1) * half * 0.96f;
                float u = x / half;
                float y = MouthY + (0.0022f - 0.0022f * r) * h * (1 - 0.85f * u * u);
                var w = r switch { 0 => Corner(x, BodyJoint.UpperLip), 2 => Corner(x, BodyJoint.LowerLip), _ => JointWeights.Mix(Corner(x, BodyJoint.UpperLip), Corner(x, BodyJoint.LowerLip), 0.5f) };
                return (new Vector3(x, y, FaceZ(x, y) - 0.0012f * h), w, BodySculptor.Mouth);
            });
            mesh.EndPart(-Vector3.UnitZ);
            foreach (var (dy, radius, joint) in new[] { (0.0032f, 0.0042f, BodyJoint.UpperLip), (-0.0036f, 0.0048f, BodyJoint.LowerLip) })
            {
                var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
                for (int i = 0; i < Along; i++)
                {
                    float u = i / (float)(Along - 1) * 2 - 1;
                    float x = u * half, y = MouthY + dy * h * (1 - 0.6f * u * u);
                    float r = radius * h * (1 - 0.55f * u * u);
                    rings.Add((new Vector3(x, y, FaceZ(x, y) - 0.0015f * h), Vector3.UnitY, -Vector3.UnitZ, r, r, r * 0.6f, Lips));
                }
                Loft(rings, 6, (p, _) => Corner(p.X, joint), true, true);
                mesh.EndPart();
            }
        }

        // ---- Limbs --------------------------------------------------------------------------------------------------

        void Arm(float side)
        {
            var (shoulder, elbow, hand) = side < 0 ? (bind.LeftShoulder, bind.LeftElbow, bind.LeftHand) : (bind.RightShoulder, bind.RightElbow, bind.RightHand);
            bool shortSleeve = m.Top is "shirt" or "apron" or "dress";
            var upper = Vector3.Normalize(elbow - shoulder);
            var fore = Vector3.Normalize(hand - elbow);
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            var ringJoint = new List<float>();
            void Ring(Vector3 centre, Vector3 axis, float radius, byte material, float along)
            {
                var front = Vector3.Normalize(-Vector3.UnitZ - axis * Vector3.Dot(-Vector3.UnitZ, axis));
                var sideAxis = Vector3.Normalize(Vector3.Cross(front, axis));
                rings.Add((centre, sideAxis, front, radius, radius * 1.05f, radius, material));
                ringJoint.Add(along);
            }
            float r0 = 0.031f * h * lw;
            Ring(shoulder - upper * (0.024f * h), upper, r0 * 0.55f, Top, -1);
            Ring(shoulder - upper * (0.014f * h), upper, r0 * 0.88f, Top, -1);
            foreach (float u in new[] { 0f, 0.3f, 0.65f, 1f })
                Ring(shoulder + upper * (u * k.UpperArm), upper, r0 * (1 - 0.25f * u), Top, u);
            foreach (float u in new[] { 0.12f, 0.5f, 0.85f, 1f })
            {
                byte mat = shortSleeve || (u >= 0.99f && m.Top != "spacesuit") ? Skin : Top;
                if (shortSleeve && u < 0.15f) mat = Top;
                Ring(elbow + fore * (u * k.Forearm), fore, 0.024f * h * lw * (1 - 0.28f * u), mat, 1 + u);
            }
            var sj = Sided(side, BodyJoint.LeftShoulder, BodyJoint.RightShoulder);
            var uj = Sided(side, BodyJoint.LeftUpperArm, BodyJoint.RightUpperArm);
            var fj = Sided(side, BodyJoint.LeftForearm, BodyJoint.RightForearm);
            var hj = Sided(side, BodyJoint.LeftHand, BodyJoint.RightHand);
            Loft(rings, Segments(12), (p, r) =>
            {
                float a = ringJoint[r];
                if (a < 0) return JointWeights.Of((sj, 0.5f), (uj, 0.5f));
                if (a < 1)
                {
                    float s = Smooth(0.25f, -0.05f, a), f = Smooth(0.75f, 1.1f, a);
                    return JointWeights.Of((sj, s * 0.4f), (uj, 1 - f), (fj, f));
                }
                float elbowBlend = Smooth(0.9f, 1.2f, a), wrist = Smooth(1.8f, 2.05f, a);
                return JointWeights.Of((uj, 1 - elbowBlend), (fj, elbowBlend * (1 - wrist)), (hj, wrist));
            }, true, false, 0.3f);
            mesh.EndPart();
        }

        void Hand(float side)
        {
            var (elbow, hand) = side < 0 ? (bind.LeftElbow, bind.LeftHand) : (bind.RightElbow, bind.RightHand);
            var axis = Vector3.Normalize(hand - elbow);
            var front = Vector3.Normalize(-Vector3.UnitZ - axis * Vector3.Dot(-Vector3.UnitZ, axis));
            var across = Vector3.Normalize(Vector3.Cross(front, axis));
            bool glove = m.Top == "spacesuit";
            byte mat = glove ? Top : Skin;
            float s = glove ? 1.2f : 1f;
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            // The palm faces the thigh: wide toward the front, thin across.
            foreach (var (d, wide, thin) in new[] { (-0.01f, 0.018f, 0.012f), (0.015f, 0.022f, 0.012f), (0.045f, 0.025f, 0.011f), (0.07f, 0.022f, 0.009f), (0.092f, 0.016f, 0.007f) })
                rings.Add((hand + axis * (d * h), across, front, thin * h * s, wide * h * s * 0.9f, wide * h * s, mat));
            var hj = Sided(side, BodyJoint.LeftHand, BodyJoint.RightHand);
            Loft(rings, Segments(10), (_, _) => JointWeights.One(hj), false, true, 0.6f);
            mesh.EndPart();
            // The thumb, toward the front.
            var thumb = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            var root = hand + axis * (0.012f * h) + front * (0.018f * h * s);
            var dir = Vector3.Normalize(axis + front * 0.6f);
            foreach (var (d, r) in new[] { (0f, 0.008f), (0.022f, 0.0075f), (0.04f, 0.006f) })
                thumb.Add((root + dir * (d * h), across, Vector3.Normalize(Vector3.Cross(across, dir)), r * h * s, r * h * s, r * h * s, mat));
            Loft(thumb, 6, (_, _) => JointWeights.One(hj), true, true);
            mesh.EndPart();
        }

        void Leg(float side)
        {
            var (hip, knee, ankle) = side < 0 ? (bind.LeftHip, bind.LeftKnee, bind.LeftAnkle) : (bind.RightHip, bind.RightKnee, bind.RightAnkle);
            byte mat = m.Top == "dress" ? Skin : Bottom;
            var thighAxis = Vector3.Normalize(knee - hip);
            var shinAxis = Vector3.Normalize(ankle - knee);
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            var along = new List<float>();
            void Ring(Vector3 c, float half, float f, float b, float a)
            {
                rings.Add((c, Vector3.UnitX, -Vector3.UnitZ, half * h * lw, f * h * lw, b * h * lw, mat));
                along.Add(a);
            }
            Ring(hip + Vector3.UnitY * (0.05f * h) - Vector3.UnitX * (side * 0.01f * h), 0.062f, 0.06f, 0.066f, -0.2f);
            Ring(hip, 0.06f, 0.062f, 0.064f, 0);
            Ring(hip + thighAxis * (0.35f * k.Thigh), 0.053f, 0.056f, 0.055f, 0.35f);
            Ring(hip + thighAxis * (0.75f * k.Thigh), 0.042f, 0.044f, 0.042f, 0.75f);
            Ring(knee, 0.037f, 0.04f, 0.036f, 1f);
            Ring(knee + shinAxis * (0.25f * k.Shin), 0.037f, 0.036f, 0.043f, 1.25f);
            Ring(knee + shinAxis * (0.6f * k.Shin), 0.031f, 0.03f, 0.034f, 1.6f);
            Ring(ankle + Vector3.UnitY * (0.015f * h), 0.024f, 0.024f, 0.026f, 1.92f);
            var tj = Sided(side, BodyJoint.LeftThigh, BodyJoint.RightThigh);
            var sj = Sided(side, BodyJoint.LeftShin, BodyJoint.RightShin);
            var fj = Sided(side, BodyJoint.LeftFoot, BodyJoint.RightFoot);
            Loft(rings, Segments(14), (_, r) =>
            {
                float a = along[r];
                float root = Smooth(0.15f, -0.2f, a) * 0.6f, knee = Smooth(0.8f, 1.2f, a), foot = Smooth(1.8f, 2f, a) * 0.4f;
                return JointWeights.Of((BodyJoint.Root, root), (tj, (1 - root) * (1 - knee)), (sj, knee * (1 - foot)), (fj, foot));
            }, false, false);
            mesh.EndPart();
        }

        void Shoe(float side)
        {
            var ankle = side < 0 ? bind.LeftAnkle : bind.RightAnkle;
            float s = m.Top == "spacesuit" ? 1.15f : 1f;
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            // Heel to toe along −Z, soles on the ground (y = 0): centre height, half-width, half-height above and below.
            foreach (var (z, cy, half, top) in new[] { (0.038f, 0.02f, 0.022f, 0.02f), (0.02f, 0.03f, 0.027f, 0.03f), (-0.01f, 0.032f, 0.029f, 0.032f), (-0.055f, 0.022f, 0.031f, 0.022f), (-0.095f, 0.015f, 0.029f, 0.015f), (-0.12f, 0.012f, 0.021f, 0.012f) })
                rings.Add((new Vector3(ankle.X, cy * h, ankle.Z + z * h), Vector3.UnitX, Vector3.UnitY, half * h * s, top * h * s, cy * h, Shoes));
            var fj = Sided(side, BodyJoint.LeftFoot, BodyJoint.RightFoot);
            var sj = Sided(side, BodyJoint.LeftShin, BodyJoint.RightShin);
            Loft(rings, Segments(10), (p, _) =>
            {
                float shin = Smooth(0.045f * h, 0.062f * h, p.Y) * 0.5f;
                return JointWeights.Of((fj, 1 - shin), (sj, shin));
            }, true, true, 0.5f);
            mesh.EndPart();
        }

        // ---- Wardrobe -----------------------------------------------------------------------------------------------

        void Wardrobe()
        {
            float? hem = m.Top switch
            {
                "coat" or "raincoat" => 0.25f,
                "dress" => bind.LeftKnee.Y / h + 0.02f,
                "jacket" or "suit" => (P / h) - 0.075f,
                _ => null,
            };
            if (hem is { } hemY) Skirt(hemY * h, m.Top is "coat" or "raincoat" ? 1.2f : m.Top == "dress" ? 1.1f : 1.02f);
            if (m.Top == "apron") Panel(P + 0.2f * h, P - 0.2f * h, 0.085f, 0.075f, Apron);
            if (m.Top == "suit") Panel(P + 0.245f * h, P + 0.11f * h, 0.012f, 0.008f, Bottom);
            if (m.Top is "coat" or "raincoat" or "jacket" or "suit")
            {
                // A collar round the neck.
                var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
                float r = 0.038f * h * (0.9f + 0.1f * k.Girth);
                foreach (var (y, scale) in new[] { (0.262f, 1.5f), (0.285f, 1.2f), (0.305f, 1.12f) })
                    rings.Add((new Vector3(0, P + y * h, 0.006f * h), Vector3.UnitX, -Vector3.UnitZ, r * scale, r * scale * 0.95f, r * scale * 1.05f, Top));
                Loft(rings, Segments(16), (p, _) => JointWeights.Of((BodyJoint.Chest, 0.7f), (BodyJoint.Neck, Smooth(P + 0.26f * h, P + 0.31f * h, p.Y) * 0.6f)), false, false);
                mesh.EndPart();
            }
        }

        /// <summary>A skirt (coat tails, a dress, a jacket's hem) from the waist down to hemY, flaring by flare, both sides of the cloth.</summary>
        void Skirt(float hemY, float flare)
        {
            float top = P + 0.07f * h;
            const int Rows = 6;
            var outer = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            for (int i = 0; i < Rows; i++)
            {
                float u = i / (float)(Rows - 1);
                float y = top + (hemY - top) * u;
                float half = (0.096f + 0.05f * u * u * flare) * h * gw + 0.006f * h;
                float depth = (0.068f + 0.03f * u * flare) * h * gw + 0.006f * h;
                outer.Add((new Vector3(0, y, 0), Vector3.UnitX, -Vector3.UnitZ, half, depth, depth * 1.02f, Top));
            }
            JointWeights Weigh(Vector3 p, int _)
            {
                float u = Math.Clamp((top - p.Y) / (top - hemY), 0, 1);
                float legs = Smooth(0.15f, 1f, u) * 0.75f;
                float s = Math.Clamp(p.X / (0.12f * h), -1, 1);
                float spine = Smooth(0.3f, 0f, u);
                return JointWeights.Of((BodyJoint.Spine, spine * (1 - legs)), (BodyJoint.Root, (1 - spine) * (1 - legs)),
                    (BodyJoint.LeftThigh, legs * (1 - s) * 0.5f), (BodyJoint.RightThigh, legs * (1 + s) * 0.5f));
            }
            Loft(outer, Segments(24), Weigh, false, false);
            mesh.EndPart();
            // The inside of the cloth, a little smaller, seen from below or when it swings.
            var inner = outer.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4 * 0.97f, r.Item5 * 0.97f, r.Item6 * 0.97f, r.Item7)).ToList();
            Loft(inner, Segments(24), Weigh, false, false);
            mesh.EndPart(inward: true);
        }

        /// <summary>A thin panel on the front of the body (an apron, a tie) from y0 down to y1.</summary>
        void Panel(float y0, float y1, float halfTop, float halfBottom, byte material)
        {
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            for (int i = 0; i < 4; i++)
            {
                float u = i / 3f;
                float y = y0 + (y1 - y0) * u;
                float half = (halfTop + (halfBottom - halfTop) * u) * h;
                float front = FrontOfBody(y) + 0.004f * h;
                rings.Add((new Vector3(0, y, -front), Vector3.UnitX, -Vector3.UnitZ, half, 0.003f * h, 0.002f * h, material));
            }
            Loft(rings, 8, (p, _) => TorsoWeights(p) is var w && p.Y < P - 0.02f * h
                ? JointWeights.Mix(w, JointWeights.Of((BodyJoint.LeftThigh, 0.5f), (BodyJoint.RightThigh, 0.5f)), Smooth(P - 0.02f * h, P - 0.2f * h, p.Y) * 0.6f)
                : TorsoWeights(p), true, true);
            mesh.EndPart();
        }

        /// <summary>How far the front of the torso (or the coat over it) stands forward of the spine at height y.</summary>
        float FrontOfBody(float y)
        {
            float r = (y - P) / h;
            float depth = r > 0.17f ? 0.072f : r > 0.05f ? 0.062f : 0.066f;
            if (m.Top is "coat" or "raincoat" or "jacket" or "suit" && r < 0.07f) depth = 0.075f;
            return depth * h * gw;
        }

        // ---- Hair and hats ------------------------------------------------------------------------------------------

        void HairAndHat()
        {
            var c = HeadCentre;
            string hat = m.Top == "spacesuit" ? "helmet" : m.Hat;
            var head = (Func<Vector3, JointWeights>)(_ => JointWeights.One(BodyJoint.Head));
            if (m.HairStyle != "bald" && hat is not ("helmet" or "hood"))
            {
                // A cap of hair over the skull, its line high on the forehead and low at the nape.
                float Lowest(float a)
                {
                    float front = Smooth(0.2f, 0.9f, MathF.Cos(a));
                    return -0.55f + (0.62f + 0.55f) * front;
                }
                Ellipsoid(c + new Vector3(0, 0.006f * h, 0.004f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, HeadRx * 1.1f, HeadRy * 1.04f, HeadFront * 1.04f, 0.069f * h,
                    Segments(10), Segments(24), Lowest, MathF.PI / 2, head, Hair,
                    p => new Vector3(c.X + (p.X - c.X) * Taper(p.Y), p.Y, p.Z));
                mesh.EndPart();
                switch (m.HairStyle)
                {
                    case "long":
                        HairFall(c, 0.2f);
                        break;
                    case "braid":
                    {
                        var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
                        for (int i = 0; i < 9; i++)
                        {
                            float y = c.Y - (0.02f + i * 0.022f) * h;
                            float z = c.Z + (0.068f - 0.004f * i) * h + (i > 3 ? 0.01f * h * (i - 3) / 5f : 0);
                            float r = (0.018f - 0.0012f * i) * h * (1 + 0.18f * MathF.Cos(i * 2.1f));
                            rings.Add((new Vector3(0, y, z), Vector3.UnitX, -Vector3.UnitZ, r, r, r, Hair));
                        }
                        Loft(rings, Segments(8), (p, _) => JointWeights.Of((BodyJoint.Head, Smooth(c.Y - 0.16f * h, c.Y - 0.05f * h, p.Y)), (BodyJoint.Chest, Smooth(c.Y - 0.05f * h, c.Y - 0.16f * h, p.Y))), true, true);
                        mesh.EndPart();
                        break;
                    }
                    case "bun":
                        Ellipsoid(c + new Vector3(0, 0.045f * h, 0.058f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, 0.03f * h, 0.026f * h, 0.028f * h, 0.028f * h,
                            Segments(8), Segments(12), _ => -MathF.PI / 2, MathF.PI / 2, head, Hair);
                        mesh.EndPart();
                        break;
                }
            }
            switch (hat)
            {
                case "cap":
                    Ellipsoid(c + new Vector3(0, 0.012f * h, 0.002f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, HeadRx * 1.14f, HeadRy * 1.0f, HeadFront * 1.08f, 0.072f * h,
                        Segments(8), Segments(24), _ => 0.25f, MathF.PI / 2, head, Hat);
                    mesh.EndPart();
                    Brim(c + new Vector3(0, 0.028f * h, -0.07f * h), 0.05f, 0.035f, true);
                    break;
                case "hat":
                {
                    var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
                    foreach (var (y, r) in new[] { (0.02f, 1.08f), (0.075f, 1.02f), (0.095f, 0.92f) })
                        rings.Add((c + new Vector3(0, y * h, 0.004f * h), Vector3.UnitX, -Vector3.UnitZ, HeadRx * 1.12f * r, HeadFront * 1.08f * r, 0.066f * h * r, Hat));
                    Loft(rings, Segments(20), (_, _) => JointWeights.One(BodyJoint.Head), false, true, 0.15f);
                    mesh.EndPart();
                    Brim(c + new Vector3(0, 0.022f * h, 0.004f * h), 0.1f, 0.1f, false);
                    break;
                }
                case "helmet":
                    Ellipsoid(c + new Vector3(0, 0.01f * h, 0.004f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, 0.088f * h, 0.09f * h, 0.088f * h, 0.09f * h,
                        Segments(12), Segments(24), _ => -1.0f, MathF.PI / 2, head, Hat);
                    mesh.EndPart();
                    Ellipsoid(c + new Vector3(0, 0.006f * h, -0.018f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, 0.065f * h, 0.05f * h, 0.076f * h, 0.01f * h,
                        Segments(8), Segments(16), _ => -0.9f, 0.9f, head, Visor);
                    mesh.EndPart();
                    break;
                case "hood":
                    Ellipsoid(c + new Vector3(0, 0.004f * h, 0.01f * h), Vector3.UnitX, Vector3.UnitY, -Vector3.UnitZ, HeadRx * 1.3f, HeadRy * 1.18f, HeadFront * 1.1f, 0.08f * h,
                        Segments(10), Segments(24), a => -1.1f + 1.5f * Smooth(0.3f, 0.95f, MathF.Cos(a)), MathF.PI / 2,
                        p => JointWeights.Of((BodyJoint.Head, Smooth(c.Y - 0.09f * h, c.Y - 0.03f * h, p.Y)), (BodyJoint.Neck, Smooth(c.Y - 0.03f * h, c.Y - 0.09f * h, p.Y))), Hat);
                    mesh.EndPart();
                    break;
            }
        }

        /// <summary>Long hair falling behind the shoulders.</summary>
        void HairFall(Vector3 c, float length)
        {
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            for (int i = 0; i < 5; i++)
            {
                float u = i / 4f;
                float y = c.Y - (0.01f + length * u) * h;
                float half = (0.055f + 0.01f * u) * h;
                rings.Add((new Vector3(0, y, c.Z + (0.045f + 0.01f * u) * h), Vector3.UnitX, -Vector3.UnitZ, half, 0.025f * h * (1 - 0.5f * u), 0.022f * h, Hair));
            }
            Loft(rings, Segments(16), (p, _) =>
            {
                float down = Smooth(c.Y - 0.06f * h, c.Y - 0.2f * h, p.Y);
                return JointWeights.Of((BodyJoint.Head, 1 - down), (BodyJoint.Neck, down * 0.4f), (BodyJoint.Chest, down * 0.6f));
            }, true, true);
            mesh.EndPart();
        }

        /// <summary>A hat's brim (a full disc) or a cap's visor (the front half), as a thin flat loft.</summary>
        void Brim(Vector3 centre, float halfX, float halfZ, bool visor)
        {
            var rings = new List<(Vector3, Vector3, Vector3, float, float, float, byte)>();
            rings.Add((centre + new Vector3(0, 0.003f * h, 0), Vector3.UnitX, -Vector3.UnitZ, halfX * h, halfZ * h * (visor ? 1.1f : 1), halfZ * h * (visor ? 0.2f : 1), Hat));
            rings.Add((centre - new Vector3(0, 0.003f * h, 0), Vector3.UnitX, -Vector3.UnitZ, halfX * h, halfZ * h * (visor ? 1.1f : 1), halfZ * h * (visor ? 0.2f : 1), Hat));
            Loft(rings, Segments(20), (_, _) => JointWeights.One(BodyJoint.Head), true, true, 0f);
            mesh.EndPart();
        }
    }
}
