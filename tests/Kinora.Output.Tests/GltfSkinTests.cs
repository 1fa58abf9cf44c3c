using System.Numerics;
using Kinora.Direction;
using Kinora.Output.Exports;
using Kinora.Production;
using Kinora.World;
using Kinora.World.Tests;
using SharpGLTF.Schema2;
using SharpGLTF.Validation;

namespace Kinora.Output.Tests;

/// <summary>
/// `kinora export --gltf` writes each character as a skinned mesh with its skeleton and animation. The file is
/// loaded back by SharpGLTF with strict validation, then checked for what a viewer needs to play it.
/// </summary>
public sealed class GltfSkinTests
{
    static readonly WorldModel World = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street));
    static readonly byte[] Glb = GltfExport.Write(World, Director.Plan(World));
    static readonly ModelRoot Model = ModelRoot.ParseGLB(Glb, new ReadSettings { Validation = ValidationMode.Strict });

    [Fact]
    public void Each_character_is_one_skinned_mesh_with_a_joint_per_bone()
    {
        Assert.Equal(2, Model.LogicalSkins.Count);
        foreach (var name in new[] { "ADA", "BEN" })
        {
            var skin = Model.LogicalSkins.Single(s => s.Name == name);
            Assert.Equal(BodyJoints.Count, skin.JointsCount);
            var node = Model.LogicalNodes.Single(n => n.Skin == skin);
            Assert.NotNull(node.Mesh);
            var body = World.Performer(name)!.Body;
            int vertices = body.Levels[0].VertexCount;
            int triangles = 0;
            foreach (var primitive in node.Mesh.Primitives)
            {
                var positions = primitive.GetVertexAccessor("POSITION").AsVector3Array();
                var joints = primitive.GetVertexAccessor("JOINTS_0").AsVector4Array();
                var weights = primitive.GetVertexAccessor("WEIGHTS_0").AsVector4Array();
                Assert.Equal(vertices, positions.Count);
                Assert.Equal(vertices, joints.Count);
                Assert.Equal(vertices, weights.Count);
                for (int v = 0; v < vertices; v++)
                {
                    var w = weights[v];
                    Assert.InRange(w.X + w.Y + w.Z + w.W, 1 - 1e-5f, 1 + 1e-5f);
                    Assert.True(w.X >= 0 && w.Y >= 0 && w.Z >= 0 && w.W >= 0);
                    var j = joints[v];
                    foreach (float index in new[] { j.X, j.Y, j.Z, j.W }) Assert.InRange(index, 0, BodyJoints.Count - 1);
                }
                triangles += primitive.GetTriangleIndices().Count();
            }
            Assert.Equal(body.Levels[0].TriangleCount, triangles);
        }
    }

    [Fact]
    public void The_inverse_bind_matrices_invert_the_skeletons_rest_pose()
    {
        foreach (var skin in Model.LogicalSkins)
        {
            var inverses = skin.InverseBindMatrices;
            for (int j = 0; j < skin.JointsCount; j++)
            {
                var joint = skin.Joints[j];
                var product = inverses[j] * joint.WorldMatrix;
                AssertNear(Matrix4x4.Identity, product, 1e-4f, $"{skin.Name} joint {j}");
            }
        }
    }

    [Fact]
    public void The_animation_poses_every_joint_where_the_world_puts_it()
    {
        var scene = World.Production.Scenes[0];
        var animation = Model.LogicalAnimations[0];
        foreach (var name in new[] { "ADA", "BEN" })
        {
            var skin = Model.LogicalSkins.Single(s => s.Name == name);
            var body = World.Performer(name)!;
            var frames = new Matrix4x4[BodyJoints.Count];
            // Samples fall on twelfths of a second; check a few of them, mid-walk included.
            foreach (double local in new[] { 0.0, 5.0, 6.5, 14.0, 20.0 })
            {
                double t = scene.Start + local;
                Rig.Frames(body.Skeleton, World.Pose(name, t)!, World.Mouths.Sample(name, t), frames);
                for (int j = 0; j < BodyJoints.Count; j++)
                    AssertNear(frames[j], skin.Joints[j].GetWorldMatrix(animation, (float)local), 2e-3f, $"{name} joint {(BodyJoint)j} at {local} s");
            }
            // The walk moves the root across the set.
            var start = skin.Joints[0].GetWorldMatrix(animation, 0).Translation;
            var later = skin.Joints[0].GetWorldMatrix(animation, 20).Translation;
            Assert.True(Vector3.Distance(start, later) > 0.5f, $"{name} root did not move");
        }
    }

    static void AssertNear(Matrix4x4 expected, Matrix4x4 actual, float tolerance, string what)
    {
        for (int r = 0; r < 4; r++)
            for (int c = 0; c < 4; c++)
                Assert.True(MathF.Abs(expected[r, c] - actual[r, c]) <= tolerance, $"{what}: [{r},{c}] {actual[r, c]} for {expected[r, c]}");
    }
}
