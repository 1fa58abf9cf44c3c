#version 450 core
invariant gl_Position;   // the depth pre-pass and the lit pass must land on the same depths
// A character's skinned body: linear-blend skinning of up to four joints per vertex, from the frame's joint
// matrices (bind space to world, one block per figure), with the figure's material table in uniforms.
layout(location = 0) in vec3 aPosition;   // bind pose, metres
layout(location = 1) in vec3 aNormal;
layout(location = 3) in vec4 aWeights;
layout(location = 4) in uvec4 aJoints;
layout(location = 5) in uint aMaterial;

layout(std430, binding = 1) readonly buffer Joints { mat4 joints[]; };

uniform mat4 uViewProj;
uniform int uJointBase;
uniform vec4 uAlbedoRoughness[12];
uniform vec4 uEmissionMetallic[12];
uniform int uPattern[12];

out vec3 vWorld;
out vec3 vNormal;
out vec3 vSkyEven;      // the sky ambient's even part for this normal (common.glsl)
out vec3 vObject;
flat out vec4 vAlbedoRoughness;
flat out vec4 vEmissionMetallic;
flat out int vPattern;
flat out float vGlass;   // scene.frag's: a body is never glass

#include "cascades_vertex.glsl"

void main()
{
    vGlass = 0.0;
    int b = uJointBase;
    mat4 skin = aWeights.x * joints[b + int(aJoints.x)] + aWeights.y * joints[b + int(aJoints.y)]
              + aWeights.z * joints[b + int(aJoints.z)] + aWeights.w * joints[b + int(aJoints.w)];
    vec4 world = skin * vec4(aPosition, 1.0);
    // Joint frames are rigid, so their blend turns normals well enough without an inverse transpose.
    vNormal = mat3(skin) * aNormal;
    vSkyEven = skyAmbientEven(normalize(vNormal));
    vWorld = world.xyz;
    // Cloth patterns stay on the body: the bind pose is the object space.
    vObject = aPosition;
    uint m = min(aMaterial, 11u);
    vAlbedoRoughness = uAlbedoRoughness[m];
    vEmissionMetallic = uEmissionMetallic[m];
    vPattern = uPattern[m];
    shadowCoords(world.xyz, vNormal);
    gl_Position = uViewProj * world;
}
